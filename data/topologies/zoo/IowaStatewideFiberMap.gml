graph [
  DateObtained "24/10/10"
  GeoLocation "Iowa, USA"
  GeoExtent "Region"
  Network "INS IXC Services "
  Provenance "Primary"
  Access 0
  Source "http://www.iowanetworkservices.com/Provider/map_state.aspx"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "IowaStatewideFiberMap"
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
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Bloomfield"
    Country "United States"
    Longitude -92.41491
    Internal 1
    Latitude 40.75169
  ]
  node [
    id 1
    label "Omaha"
    Country "United States"
    Longitude -95.93779
    Internal 1
    Latitude 41.25861
  ]
  node [
    id 2
    label "Oskaloosa"
    Country "United States"
    Longitude -92.64436
    Internal 1
    Latitude 41.2964
  ]
  node [
    id 3
    label "Ottumwa"
    Country "United States"
    Longitude -92.4113
    Internal 1
    Latitude 41.02001
  ]
  node [
    id 4
    label "Creston"
    Country "United States"
    Longitude -94.36135
    Internal 1
    Latitude 41.0586
  ]
  node [
    id 5
    label "Osceola"
    Country "United States"
    Longitude -93.7655
    Internal 1
    Latitude 41.03389
  ]
  node [
    id 6
    label "Stanton"
    Country "United States"
    Longitude -95.10415
    Internal 1
    Latitude 40.98166
  ]
  node [
    id 7
    label "Harlan"
    Country "United States"
    Longitude -95.32555
    Internal 1
    Latitude 41.65304
  ]
  node [
    id 8
    label "Clarinda"
    Country "United States"
    Longitude -95.03831
    Internal 1
    Latitude 40.74194
  ]
  node [
    id 9
    label "Sioux City"
    Country "United States"
    Longitude -96.40031
    Internal 1
    Latitude 42.49999
  ]
  node [
    id 10
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 11
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 12
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 13
    label "Minneapolis"
    Internal 0
  ]
  node [
    id 14
    label "Kansas City"
    Internal 0
  ]
  node [
    id 15
    label "Dubuque"
    Country "United States"
    Longitude -90.66457
    Internal 1
    Latitude 42.50056
  ]
  node [
    id 16
    label "Davenport"
    Country "United States"
    Longitude -90.57764
    Internal 1
    Latitude 41.52364
  ]
  node [
    id 17
    label "Iowa City"
    Country "United States"
    Longitude -91.53017
    Internal 1
    Latitude 41.66113
  ]
  node [
    id 18
    label "Cedar Rapids"
    Country "United States"
    Longitude -91.64407
    Internal 1
    Latitude 42.00833
  ]
  node [
    id 19
    label "Chicago"
    Internal 0
  ]
  node [
    id 20
    label "Mt. Pleasant"
    Country "United States"
    Longitude -91.55794
    Internal 1
    Latitude 40.96364
  ]
  node [
    id 21
    label "Fairfield"
    Country "United States"
    Longitude -91.96267
    Internal 1
    Latitude 41.00863
  ]
  node [
    id 22
    label "Muscatine"
    Country "United States"
    Longitude -91.04321
    Internal 1
    Latitude 41.42447
  ]
  node [
    id 23
    label "Ames"
    Country "United States"
    Longitude -93.61994
    Internal 1
    Latitude 42.03471
  ]
  node [
    id 24
    label "Marshalltown"
    Country "United States"
    Longitude -92.90798
    Internal 1
    Latitude 42.04943
  ]
  node [
    id 25
    label "Spencer"
    Country "United States"
    Longitude -95.14444
    Internal 1
    Latitude 43.14136
  ]
  node [
    id 26
    label "Sioux Falls"
    Country "United States"
    Longitude -96.70033
    Internal 1
    Latitude 43.54997
  ]
  node [
    id 27
    label "Ft Dodge"
    Country "United States"
    Longitude -94.16802
    Internal 1
    Latitude 42.49747
  ]
  node [
    id 28
    label "Mason City"
    Country "United States"
    Longitude -93.20104
    Internal 1
    Latitude 43.15357
  ]
  node [
    id 29
    label "Waterloo"
    Country "United States"
    Longitude -92.34296
    Internal 1
    Latitude 42.49276
  ]
  node [
    id 30
    label "Grinnell"
    Country "United States"
    Longitude -92.72241
    Internal 1
    Latitude 41.74305
  ]
  node [
    id 31
    label "Newton"
    Country "United States"
    Longitude -93.04798
    Internal 1
    Latitude 41.69971
  ]
  node [
    id 32
    label "Des Moines"
    Country "United States"
    Longitude -93.60911
    Internal 1
    Latitude 41.60054
  ]
  edge [
    source 0
    target 3
    id "e20"
  ]
  edge [
    source 0
    target 5
    id "e22"
  ]
  edge [
    source 0
    target 21
    id "e21"
  ]
  edge [
    source 1
    target 14
    id "e23"
  ]
  edge [
    source 1
    target 6
    id "e24"
  ]
  edge [
    source 1
    target 7
    id "e25"
  ]
  edge [
    source 2
    target 3
    id "e19"
  ]
  edge [
    source 2
    target 30
    id "e9"
  ]
  edge [
    source 4
    target 5
    id "e30"
  ]
  edge [
    source 4
    target 6
    id "e26"
  ]
  edge [
    source 5
    target 32
    id "e15"
  ]
  edge [
    source 6
    target 8
    id "e27"
  ]
  edge [
    source 6
    target 7
    id "e28"
  ]
  edge [
    source 7
    target 32
    id "e16"
  ]
  edge [
    source 7
    target 9
    id "e29"
  ]
  edge [
    source 9
    target 10
    id "e32"
  ]
  edge [
    source 9
    target 11
    id "e31"
  ]
  edge [
    source 10
    target 26
    id "e2"
  ]
  edge [
    source 10
    target 25
    id "e0"
  ]
  edge [
    source 11
    target 27
    id "e4"
  ]
  edge [
    source 11
    target 25
    id "e1"
  ]
  edge [
    source 12
    target 24
    id "e18"
  ]
  edge [
    source 12
    target 27
    id "e3"
  ]
  edge [
    source 12
    target 28
    id "e5"
  ]
  edge [
    source 12
    target 23
    id "e17"
  ]
  edge [
    source 13
    target 28
    id "e7"
  ]
  edge [
    source 15
    target 16
    id "e38"
  ]
  edge [
    source 16
    target 17
    id "e35"
  ]
  edge [
    source 16
    target 18
    id "e33"
  ]
  edge [
    source 16
    target 19
    id "e37"
  ]
  edge [
    source 16
    target 22
    id "e36"
  ]
  edge [
    source 17
    target 18
    id "e34"
  ]
  edge [
    source 18
    target 29
    id "e8"
  ]
  edge [
    source 18
    target 30
    id "e10"
  ]
  edge [
    source 20
    target 21
    id "e40"
  ]
  edge [
    source 20
    target 22
    id "e39"
  ]
  edge [
    source 23
    target 32
    id "e14"
  ]
  edge [
    source 24
    target 31
    id "e12"
  ]
  edge [
    source 28
    target 29
    id "e6"
  ]
  edge [
    source 30
    target 31
    id "e11"
  ]
  edge [
    source 31
    target 32
    id "e13"
  ]
]
