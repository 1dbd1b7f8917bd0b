graph [
  DateObtained "19/10/10"
  GeoLocation "West Virginia, Virginia, USA"
  GeoExtent "Region"
  Network "NTELOS "
  Provenance "Primary"
  Access 1
  Source "http://www.ntelos.com/1pdfs/wireline/MapFiber21908.pdf"
  Version "1.0"
  DateType "Historic"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Ntelos"
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
  Transit 0
  NetworkDate "2009_08"
  DateYear "2009"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Charlottesville"
    Country "United States"
    Longitude -78.49279
    Internal 1
    Latitude 38.01903
    type "POP Location"
  ]
  node [
    id 1
    label "Culpeper"
    Country "United States"
    Longitude -78.02083
    Internal 1
    Latitude 38.51679
    type "POP Location"
  ]
  node [
    id 2
    label "Waynesboro"
    Country "United States"
    Longitude -78.88947
    Internal 1
    Latitude 38.06847
    type "POP Location"
  ]
  node [
    id 3
    label "Madison"
    Country "United States"
    Longitude -78.2575
    Internal 1
    Latitude 38.38041
    type "POP Location"
  ]
  node [
    id 4
    label "Farmville"
    Country "United States"
    Longitude -78.39194
    Internal 1
    Latitude 37.3021
    type "POP Location"
  ]
  node [
    id 5
    label "Lynchburg"
    Country "United States"
    Longitude -79.17808
    Internal 1
    Latitude 37.4032
    type "POP Location"
  ]
  node [
    id 6
    label "Warrenton"
    Country "United States"
    Longitude -77.79527
    Internal 1
    Latitude 38.71345
    type "POP Location"
  ]
  node [
    id 7
    label "Richmond"
    Country "United States"
    Longitude -77.46026
    Internal 1
    Latitude 37.55376
    type "Node"
  ]
  node [
    id 8
    label "Troutville"
    Country "United States"
    Longitude -79.87476
    Internal 1
    Latitude 37.41819
    type "POP Location"
  ]
  node [
    id 9
    label "Clifton Forge"
    Country "United States"
    Longitude -79.82449
    Internal 1
    Latitude 37.81624
    type "POP Location"
  ]
  node [
    id 10
    label "Salem"
    Country "United States"
    Longitude -80.05476
    Internal 1
    Latitude 37.29347
    type "POP Location"
  ]
  node [
    id 11
    label "Roanoke"
    Country "United States"
    Longitude -80.01559
    Internal 1
    Latitude 37.2418
    type "POP Location"
  ]
  node [
    id 12
    label "Bristol"
    Country "United States"
    Longitude -82.18874
    Internal 1
    Latitude 36.59511
    type "Node"
  ]
  node [
    id 13
    label "Abingdon"
    Country "United States"
    Longitude -81.97735
    Internal 1
    Latitude 36.70983
    type "POP Location"
  ]
  node [
    id 14
    label "Tazewell"
    Country "United States"
    Longitude -81.30343
    Internal 1
    Latitude 37.24734
    type "Node"
  ]
  node [
    id 15
    label "Bluefield"
    Country "United States"
    Longitude -81.22232
    Internal 1
    Latitude 37.26984
    type "POP Location"
  ]
  node [
    id 16
    label "Wytheville"
    Country "United States"
    Longitude -81.08481
    Internal 1
    Latitude 36.94845
    type "POP Location"
  ]
  node [
    id 17
    label "Radford"
    Country "United States"
    Longitude -80.57645
    Internal 1
    Latitude 37.13179
    type "POP Location"
  ]
  node [
    id 18
    label "Blacksburg"
    Country "United States"
    Longitude -80.41394
    Internal 1
    Latitude 37.22957
    type "POP Location"
  ]
  node [
    id 19
    label "Christiansburg"
    Country "United States"
    Longitude -80.40894
    Internal 1
    Latitude 37.12985
    type "POP Location"
  ]
  node [
    id 20
    label "Martinsville"
    Country "United States"
    Longitude -79.87254
    Internal 1
    Latitude 36.69153
    type "POP Location"
  ]
  node [
    id 21
    label "Rocky Mount"
    Country "United States"
    Longitude -79.89198
    Internal 1
    Latitude 36.99764
    type "POP Location"
  ]
  node [
    id 22
    label "Danville"
    Country "United States"
    Longitude -79.39502
    Internal 1
    Latitude 36.58597
    type "POP Location"
  ]
  node [
    id 23
    label "Greensboro"
    Country "United States"
    Longitude -79.79198
    Internal 1
    Latitude 36.07264
    type "POP Location"
  ]
  node [
    id 24
    label "Lexington"
    Country "United States"
    Longitude -79.45726
    Internal 1
    Latitude 37.78902
    type "POP Location"
  ]
  node [
    id 25
    label "South Boston"
    Country "United States"
    Longitude -78.9014
    Internal 1
    Latitude 36.69875
    type "POP Location"
  ]
  node [
    id 26
    label "Washington DC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
    type "Node"
  ]
  node [
    id 27
    label "Montgomery"
    Country "United States"
    Longitude -81.32845
    Internal 1
    Latitude 38.18038
    type "Node"
  ]
  node [
    id 28
    label "Kingsport"
    Country "United States"
    Longitude -82.56182
    Internal 1
    Latitude 36.54843
    type "Node"
  ]
  node [
    id 29
    label "Johnson City"
    Country "United States"
    Longitude -82.35347
    Internal 1
    Latitude 36.31344
    type "Node"
  ]
  node [
    id 30
    label "Summersville"
    Country "United States"
    Longitude -80.8526
    Internal 1
    Latitude 38.28122
    type "Node"
  ]
  node [
    id 31
    label "Lewisburg"
    Country "United States"
    Longitude -80.44563
    Internal 1
    Latitude 37.80179
    type "POP Location"
  ]
  node [
    id 32
    label "White Sulphur Springs"
    Country "United States"
    Longitude -80.29757
    Internal 1
    Latitude 37.79651
    type "POP Location"
  ]
  node [
    id 33
    label "Covington"
    Country "United States"
    Longitude -79.99395
    Internal 1
    Latitude 37.79346
    type "POP Location"
  ]
  node [
    id 34
    label "Beckley"
    Country "United States"
    Longitude -81.18816
    Internal 1
    Latitude 37.77817
    type "POP Location"
  ]
  node [
    id 35
    label "Ashland"
    Country "United States"
    Longitude -82.63794
    Internal 1
    Latitude 38.47841
    type "POP Location"
  ]
  node [
    id 36
    label "Huntington"
    Country "United States"
    Longitude -82.44515
    Internal 1
    Latitude 38.41925
    type "POP Location"
  ]
  node [
    id 37
    label "Charleston"
    Country "United States"
    Longitude -81.63262
    Internal 1
    Latitude 38.34982
    type "POP Location"
  ]
  node [
    id 38
    label "Harrisonburg"
    Country "United States"
    Longitude -78.86892
    Internal 1
    Latitude 38.44957
    type "POP Location"
  ]
  node [
    id 39
    label "Staunton"
    Country "United States"
    Longitude -79.07725
    Internal 1
    Latitude 38.14596
    type "POP Location"
  ]
  node [
    id 40
    label "Columbus"
    Country "United States"
    Longitude -82.99879
    Internal 1
    Latitude 39.96118
    type "Node"
  ]
  node [
    id 41
    label "Morgantown"
    Country "United States"
    Longitude -79.9559
    Internal 1
    Latitude 39.62953
    type "POP Location"
  ]
  node [
    id 42
    label "Clarksburg"
    Country "United States"
    Longitude -80.34453
    Internal 1
    Latitude 39.28065
    type "POP Location"
  ]
  node [
    id 43
    label "Sutton"
    Country "United States"
    Longitude -80.70982
    Internal 1
    Latitude 38.66454
    type "Node"
  ]
  node [
    id 44
    label "Ravenswood"
    Country "United States"
    Longitude -81.76096
    Internal 1
    Latitude 38.94814
    type "Node"
  ]
  node [
    id 45
    label "Pittsburgh"
    Country "United States"
    Longitude -79.99589
    Internal 1
    Latitude 40.44062
    type "Node"
  ]
  node [
    id 46
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
    type "Node"
  ]
  node [
    id 47
    label "Winchester"
    Country "United States"
    Longitude -78.16333
    Internal 1
    Latitude 39.18566
    type "POP Location"
  ]
  edge [
    source 0
    target 2
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 0
    target 3
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 0
    target 5
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 0
    target 7
    LinkLabel "Network Partner"
  ]
  edge [
    source 1
    target 3
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 1
    target 6
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 2
    target 38
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 2
    target 39
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 4
    target 25
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 4
    target 5
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 4
    target 7
    LinkLabel "Network Partner"
  ]
  edge [
    source 5
    target 11
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 5
    target 22
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 6
    target 46
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 7
    target 46
    LinkLabel "Network Partner"
  ]
  edge [
    source 8
    target 24
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 8
    target 9
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 8
    target 10
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 9
    target 33
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 9
    target 33
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 9
    target 39
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 10
    target 19
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 10
    target 18
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 10
    target 11
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 11
    target 21
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 12
    target 28
    LinkType "Fiber"
    LinkLabel "Available nTelos Fiber Network"
    LinkNote "Available nTelos  Network"
  ]
  edge [
    source 12
    target 13
    LinkType "Fiber"
    LinkLabel "Available nTelos Fiber Network"
    LinkNote "Available nTelos  Network"
  ]
  edge [
    source 13
    target 16
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 13
    target 14
    LinkType "Fiber"
    LinkLabel "Available nTelos Fiber Network"
    LinkNote "Available nTelos  Network"
  ]
  edge [
    source 14
    target 15
    LinkType "Fiber"
    LinkLabel "Available nTelos Fiber Network"
    LinkNote "Available nTelos  Network"
  ]
  edge [
    source 15
    target 16
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 16
    target 17
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 17
    target 18
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 17
    target 19
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 20
    target 21
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 20
    target 22
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 22
    target 25
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 22
    target 23
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 24
    target 39
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 27
    target 34
    LinkType "Fiber"
    LinkNote " nTelos  Network"
    LinkLabel "Future nTelos Fiber Network"
    LinkStatus "Future"
  ]
  edge [
    source 27
    target 37
    LinkType "Fiber"
    LinkNote " nTelos  Network"
    LinkLabel "Future nTelos Fiber Network"
    LinkStatus "Future"
  ]
  edge [
    source 28
    target 29
    LinkType "Fiber"
    LinkLabel "Available nTelos Fiber Network"
    LinkNote "Available nTelos  Network"
  ]
  edge [
    source 30
    target 43
    LinkType "Fiber"
    LinkLabel "Available nTelos Fiber Network"
    LinkNote "Available nTelos  Network"
  ]
  edge [
    source 31
    target 32
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 31
    target 34
    LinkType "Fiber"
    LinkNote " nTelos  Network"
    LinkLabel "Future nTelos Fiber Network"
    LinkStatus "Future"
  ]
  edge [
    source 32
    target 33
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 34
    target 37
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 35
    target 36
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 35
    target 36
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 36
    target 37
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 36
    target 37
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 37
    target 44
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 38
    target 47
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 38
    target 39
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
  edge [
    source 40
    target 44
    LinkType "Fiber"
    LinkLabel "Available nTelos Fiber Network"
    LinkNote "Available nTelos  Network"
  ]
  edge [
    source 41
    target 42
    LinkLabel "Network Partner"
  ]
  edge [
    source 41
    target 45
    LinkLabel "Network Partner"
  ]
  edge [
    source 42
    target 43
    LinkType "Fiber"
    LinkLabel "Available nTelos Fiber Network"
    LinkNote "Available nTelos  Network"
  ]
  edge [
    source 42
    target 44
    LinkLabel "Network Partner"
  ]
  edge [
    source 45
    target 46
    LinkLabel "Network Partner"
  ]
  edge [
    source 46
    target 47
    LinkType "Fiber"
    LinkLabel "Existing nTelos Fiber Network"
    LinkNote "Existing nTelos  Network"
  ]
]
