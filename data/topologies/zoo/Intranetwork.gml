graph [
  DateObtained "15/11/10"
  GeoLocation "Virginia, Tennessee, West Virginia, Maryland, USA"
  GeoExtent "Region"
  Network "ValleyNet"
  Provenance "Primary"
  Access 1
  Source "http://www.valleynet.com/"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Intranetwork"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Martinsville"
    geocode_append "VA"
    Country "United States"
    Longitude -79.87254
    Internal 1
    Latitude 36.69153
  ]
  node [
    id 1
    label "Danville"
    geocode_append "VA"
    Country "United States"
    Longitude -79.39502
    Internal 1
    Latitude 36.58597
  ]
  node [
    id 2
    label "Johnson City"
    Country "United States"
    Longitude -82.35347
    Internal 1
    Latitude 36.31344
  ]
  node [
    id 3
    label "Greensboro"
    Country "United States"
    Longitude -79.79198
    Internal 1
    Latitude 36.07264
  ]
  node [
    id 4
    label "Troutville"
    geocode_append "VA"
    Country "United States"
    Longitude -79.87476
    Internal 1
    Latitude 37.41819
  ]
  node [
    id 5
    label "Charlottesville"
    geocode_append "VA"
    Country "United States"
    Longitude -78.47668
    Internal 1
    Latitude 38.02931
  ]
  node [
    id 6
    label "Lynchburg"
    geocode_append "VA"
    Country "United States"
    Longitude -79.14225
    Internal 1
    Latitude 37.41375
  ]
  node [
    id 7
    label "Lexington"
    geocode_append "VA"
    Country "United States"
    Longitude -79.44282
    Internal 1
    Latitude 37.78402
  ]
  node [
    id 8
    label "Waynesboro"
    geocode_append "VA"
    Country "United States"
    Longitude -78.88947
    Internal 1
    Latitude 38.06847
  ]
  node [
    id 9
    label "Staunton"
    geocode_append "VA"
    Country "United States"
    Longitude -79.0717
    Internal 1
    Latitude 38.14958
  ]
  node [
    id 10
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 11
    label "Herndon"
    geocode_append "VA"
    Country "United States"
    Longitude -77.3861
    Internal 1
    Latitude 38.96955
  ]
  node [
    id 12
    label "Warrenton"
    geocode_append "VA"
    Country "United States"
    Longitude -77.79527
    Internal 1
    Latitude 38.71345
  ]
  node [
    id 13
    label "Roanoke"
    geocode_append "VA"
    Country "United States"
    Longitude -79.94143
    Internal 1
    Latitude 37.27097
  ]
  node [
    id 14
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 15
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 16
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 17
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 18
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 19
    label "Ashburn"
    geocode_append "VA"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
  ]
  node [
    id 20
    label "Leesburg"
    geocode_append "VA"
    Country "United States"
    Longitude -77.5636
    Internal 1
    Latitude 39.11566
  ]
  node [
    id 21
    label "Winchester"
    geocode_append "VA"
    Country "United States"
    Longitude -78.16333
    Internal 1
    Latitude 39.18566
  ]
  node [
    id 22
    label "Front Royal"
    geocode_append "VA"
    Country "United States"
    Longitude -78.19444
    Internal 1
    Latitude 38.91817
  ]
  node [
    id 23
    label "Edinburg"
    geocode_append "VA"
    Country "United States"
    Longitude -78.56585
    Internal 1
    Latitude 38.82095
  ]
  node [
    id 24
    label "Harrisonburg"
    geocode_append "VA"
    Country "United States"
    Longitude -78.86892
    Internal 1
    Latitude 38.44957
  ]
  node [
    id 25
    label "Carlisle"
    Country "United States"
    Longitude -77.18887
    Internal 1
    Latitude 40.20148
  ]
  node [
    id 26
    label "Chambersburg"
    Country "United States"
    Longitude -77.6611
    Internal 1
    Latitude 39.93759
  ]
  node [
    id 27
    label "Hagerstown"
    Country "United States"
    Longitude -77.71999
    Internal 1
    Latitude 39.64176
  ]
  node [
    id 28
    label "Martinsburg"
    Country "United States"
    Longitude -77.96389
    Internal 1
    Latitude 39.45621
  ]
  node [
    id 29
    label "Bristol"
    geocode_append "VA"
    Country "United States"
    Longitude -82.18847
    Internal 1
    Latitude 36.59649
  ]
  node [
    id 30
    label "Kingsport"
    Country "United States"
    Longitude -82.56182
    Internal 1
    Latitude 36.54843
  ]
  node [
    id 31
    label "Huntington"
    geocode_append "WV"
    Country "United States"
    Longitude -82.44515
    Internal 1
    Latitude 38.41925
  ]
  node [
    id 32
    label "Charleston"
    geocode_append "WV"
    Country "United States"
    Longitude -81.63262
    Internal 1
    Latitude 38.34982
  ]
  node [
    id 33
    label "Bluefield"
    Country "United States"
    Longitude -81.22232
    Internal 1
    Latitude 37.26984
  ]
  node [
    id 34
    label "Blacksburg"
    geocode_append "VA"
    Country "United States"
    Longitude -80.41394
    Internal 1
    Latitude 37.22957
  ]
  node [
    id 35
    label "Christiansburg"
    geocode_append "VA"
    Country "United States"
    Longitude -80.40894
    Internal 1
    Latitude 37.12985
  ]
  node [
    id 36
    label "Radford"
    geocode_append "VA"
    Country "United States"
    Longitude -80.57645
    Internal 1
    Latitude 37.13179
  ]
  node [
    id 37
    label "Wytheville"
    geocode_append "VA"
    Country "United States"
    Longitude -81.08481
    Internal 1
    Latitude 36.94845
  ]
  node [
    id 38
    label "Abingdon"
    geocode_append "VA"
    Country "United States"
    Longitude -81.97735
    Internal 1
    Latitude 36.70983
  ]
  edge [
    source 0
    target 1
    id "e19"
  ]
  edge [
    source 0
    target 13
    id "e18"
  ]
  edge [
    source 1
    target 3
    id "e17"
  ]
  edge [
    source 1
    target 6
    id "e20"
  ]
  edge [
    source 2
    target 38
    id "e13"
  ]
  edge [
    source 2
    target 29
    id "e15"
  ]
  edge [
    source 2
    target 30
    id "e16"
  ]
  edge [
    source 4
    target 9
    id "e27"
  ]
  edge [
    source 4
    target 7
    id "e23"
  ]
  edge [
    source 4
    target 13
    id "e25"
  ]
  edge [
    source 4
    target 15
    id "e26"
  ]
  edge [
    source 5
    target 8
    id "e28"
  ]
  edge [
    source 5
    target 8
    id "e29"
  ]
  edge [
    source 5
    target 6
    id "e22"
  ]
  edge [
    source 6
    target 13
    id "e21"
  ]
  edge [
    source 7
    target 16
    id "e24"
  ]
  edge [
    source 8
    target 24
    id "e31"
  ]
  edge [
    source 8
    target 16
    id "e30"
  ]
  edge [
    source 9
    target 16
    id "e32"
  ]
  edge [
    source 10
    target 17
    id "e51"
  ]
  edge [
    source 10
    target 18
    id "e52"
  ]
  edge [
    source 10
    target 28
    id "e44"
  ]
  edge [
    source 11
    target 19
    id "e48"
  ]
  edge [
    source 11
    target 12
    id "e49"
  ]
  edge [
    source 12
    target 22
    id "e38"
  ]
  edge [
    source 13
    target 34
    id "e3"
  ]
  edge [
    source 13
    target 35
    id "e6"
  ]
  edge [
    source 13
    target 15
    id "e50"
  ]
  edge [
    source 14
    target 33
    id "e2"
  ]
  edge [
    source 14
    target 37
    id "e10"
  ]
  edge [
    source 14
    target 38
    id "e12"
  ]
  edge [
    source 15
    target 32
    id "e1"
  ]
  edge [
    source 15
    target 34
    id "e4"
  ]
  edge [
    source 16
    target 24
    id "e33"
  ]
  edge [
    source 17
    target 24
    id "e35"
  ]
  edge [
    source 17
    target 24
    id "e34"
  ]
  edge [
    source 17
    target 23
    id "e36"
  ]
  edge [
    source 18
    target 21
    id "e42"
  ]
  edge [
    source 18
    target 22
    id "e39"
  ]
  edge [
    source 18
    target 23
    id "e37"
  ]
  edge [
    source 19
    target 20
    id "e47"
  ]
  edge [
    source 20
    target 21
    id "e41"
  ]
  edge [
    source 21
    target 28
    id "e40"
  ]
  edge [
    source 25
    target 26
    id "e46"
  ]
  edge [
    source 26
    target 27
    id "e45"
  ]
  edge [
    source 27
    target 28
    id "e43"
  ]
  edge [
    source 29
    target 38
    id "e11"
  ]
  edge [
    source 29
    target 30
    id "e14"
  ]
  edge [
    source 31
    target 32
    id "e0"
  ]
  edge [
    source 34
    target 35
    id "e5"
  ]
  edge [
    source 35
    target 36
    id "e7"
  ]
  edge [
    source 36
    target 37
    id "e8"
  ]
  edge [
    source 37
    target 38
    id "e9"
  ]
]
