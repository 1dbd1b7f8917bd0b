graph [
  DateObtained "21/01/11"
  GeoLocation "Bulgaria"
  GeoExtent "Country"
  Network "EvoLink"
  Provenance "Primary"
  Access 1
  Source "http://www.evolink.com/?cid=38"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Evolink"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "21/01/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Shumen"
    Country "Bulgaria"
    Longitude 26.92286
    Internal 1
    Latitude 43.27064
    type "Green Node"
  ]
  node [
    id 1
    label "Silistra"
    Country "Bulgaria"
    Longitude 27.26667
    Internal 1
    Latitude 44.11667
    type "Green Node"
  ]
  node [
    id 2
    label "Razgrad"
    Country "Bulgaria"
    Longitude 26.51667
    Internal 1
    Latitude 43.53333
    type "Green Node"
  ]
  node [
    id 3
    label "Turgovishte"
    Country "Bulgaria"
    Longitude 26.58917
    Internal 1
    Latitude 43.25917
    type "Green Node"
  ]
  node [
    id 4
    label "Yambol"
    Country "Bulgaria"
    Longitude 26.5
    Internal 1
    Latitude 42.48333
    type "Green Node"
  ]
  node [
    id 5
    label "Sliven"
    Country "Bulgaria"
    Longitude 26.32917
    Internal 1
    Latitude 42.68583
    type "Green Node"
  ]
  node [
    id 6
    label "Dobrich"
    Country "Bulgaria"
    Longitude 27.83333
    Internal 1
    Latitude 43.56667
    type "Green Node"
  ]
  node [
    id 7
    label "Burgas"
    Country "Bulgaria"
    Longitude 27.46781
    Internal 1
    Latitude 42.50606
    type "Green Node"
  ]
  node [
    id 8
    label "St Zagora"
    Country "Bulgaria"
    Longitude 25.64194
    Internal 1
    Latitude 42.43278
    type "Green Node"
  ]
  node [
    id 9
    label "Gabrovo"
    Country "Bulgaria"
    Longitude 25.33417
    Internal 1
    Latitude 42.87472
    type "Green Node"
  ]
  node [
    id 10
    label "Kurjiali"
    Country "Bulgaria"
    Longitude 25.36667
    Internal 1
    Latitude 41.65
    type "Green Node"
  ]
  node [
    id 11
    label "Varna"
    Country "Bulgaria"
    Longitude 27.91667
    Internal 1
    Latitude 43.21667
    type "Small Yellow Node"
  ]
  node [
    id 12
    label "Plovdiv"
    Country "Bulgaria"
    Longitude 24.75
    Internal 1
    Latitude 42.15
    type "Small Yellow Node"
  ]
  node [
    id 13
    label "Frankfurt"
    Internal 1
    type "Small Yellow Node"
  ]
  node [
    id 14
    label "Sofia"
    Country "Bulgaria"
    Longitude 23.32415
    Internal 1
    Latitude 42.69751
    type "Large Yellow Node"
  ]
  node [
    id 15
    label "Istanbul"
    Internal 0
  ]
  node [
    id 16
    label "Kap Andreevo"
    Country "Bulgaria"
    Longitude 26.31667
    Internal 1
    Latitude 41.71667
    type "Green Node"
  ]
  node [
    id 17
    label "Haskovo"
    Country "Bulgaria"
    Longitude 25.56944
    Internal 1
    Latitude 41.94028
    type "Green Node"
  ]
  node [
    id 18
    label "Karlovo"
    Country "Bulgaria"
    Longitude 24.8
    Internal 1
    Latitude 42.63333
    type "Green Node"
  ]
  node [
    id 19
    label "Kiustendil"
    Country "Bulgaria"
    Longitude 22.69111
    Internal 1
    Latitude 42.28389
    type "Green Node"
  ]
  node [
    id 20
    label "Pennik"
    Country "Bulgaria"
    Longitude 23.03333
    Internal 1
    Latitude 42.6
    type "Green Node"
  ]
  node [
    id 21
    label "Sevlievo"
    Country "Bulgaria"
    Longitude 25.11361
    Internal 1
    Latitude 43.02583
    type "Green Node"
  ]
  node [
    id 22
    label "V Turnovo"
    Country "Bulgaria"
    Longitude 25.62904
    Internal 1
    Latitude 43.08124
    type "Green Node"
  ]
  node [
    id 23
    label "Pazardjik"
    Country "Bulgaria"
    Longitude 24.33333
    Internal 1
    Latitude 42.2
    type "Green Node"
  ]
  node [
    id 24
    label "Smolian"
    Country "Bulgaria"
    Longitude 24.69194
    Internal 1
    Latitude 41.58528
    type "Green Node"
  ]
  node [
    id 25
    label "Petrich"
    Country "Bulgaria"
    Longitude 23.21667
    Internal 1
    Latitude 41.4
    type "Green Node"
  ]
  node [
    id 26
    label "Blagoevgrad"
    Country "Bulgaria"
    Longitude 23.1
    Internal 1
    Latitude 42.01667
    type "Green Node"
  ]
  node [
    id 27
    label "Bucharest"
    Internal 1
    type "Green Node"
  ]
  node [
    id 28
    label "Ruse"
    Country "Bulgaria"
    Longitude 25.97083
    Internal 1
    Latitude 43.85639
    type "Green Node"
  ]
  node [
    id 29
    label "Amsterdam"
    Internal 1
    type "Green Node"
  ]
  node [
    id 30
    label "Vidin"
    Country "Bulgaria"
    Longitude 22.8725
    Internal 1
    Latitude 43.99
    type "Green Node"
  ]
  node [
    id 31
    label "Kozloduj"
    Country "Bulgaria"
    Longitude 23.73333
    Internal 1
    Latitude 43.78333
    type "Green Node"
  ]
  node [
    id 32
    label "Montana"
    Country "Bulgaria"
    Longitude 23.225
    Internal 1
    Latitude 43.4125
    type "Green Node"
  ]
  node [
    id 33
    label "Vraca"
    Country "Bulgaria"
    Longitude 23.5625
    Internal 1
    Latitude 43.21
    type "Green Node"
  ]
  node [
    id 34
    label "Pleven"
    Country "Bulgaria"
    Longitude 24.61667
    Internal 1
    Latitude 43.41667
    type "Green Node"
  ]
  node [
    id 35
    label "Lovech"
    Country "Bulgaria"
    Longitude 24.71667
    Internal 1
    Latitude 43.13333
    type "Green Node"
  ]
  node [
    id 36
    label "Skopie"
    Internal 1
    type "Green Node"
  ]
  edge [
    source 0
    target 3
    id "e16"
  ]
  edge [
    source 0
    target 6
    id "e17"
  ]
  edge [
    source 1
    target 6
    id "e18"
  ]
  edge [
    source 2
    target 3
    id "e15"
  ]
  edge [
    source 2
    target 28
    id "e13"
  ]
  edge [
    source 4
    target 5
    id "e23"
  ]
  edge [
    source 4
    target 7
    id "e20"
  ]
  edge [
    source 5
    target 8
    id "e24"
  ]
  edge [
    source 6
    target 11
    id "e19"
  ]
  edge [
    source 7
    target 11
    id "e22"
  ]
  edge [
    source 7
    target 14
    id "e21"
  ]
  edge [
    source 8
    target 17
    id "e28"
  ]
  edge [
    source 8
    target 12
    id "e25"
  ]
  edge [
    source 8
    target 14
    id "e27"
  ]
  edge [
    source 8
    target 9
    id "e26"
  ]
  edge [
    source 10
    target 17
    id "e39"
  ]
  edge [
    source 11
    target 27
    id "e12"
  ]
  edge [
    source 11
    target 14
    id "e40"
  ]
  edge [
    source 12
    target 14
    id "e41"
  ]
  edge [
    source 12
    target 16
    id "e42"
  ]
  edge [
    source 12
    target 17
    id "e38"
  ]
  edge [
    source 12
    target 23
    id "e35"
  ]
  edge [
    source 12
    target 24
    id "e34"
  ]
  edge [
    source 13
    target 27
    id "e10"
  ]
  edge [
    source 13
    target 29
    id "e0"
  ]
  edge [
    source 13
    target 14
    id "e43"
  ]
  edge [
    source 14
    target 33
    id "e6"
  ]
  edge [
    source 14
    target 36
    id "e9"
  ]
  edge [
    source 14
    target 18
    id "e37"
  ]
  edge [
    source 14
    target 19
    id "e31"
  ]
  edge [
    source 14
    target 20
    id "e30"
  ]
  edge [
    source 14
    target 21
    id "e29"
  ]
  edge [
    source 14
    target 23
    id "e36"
  ]
  edge [
    source 14
    target 26
    id "e33"
  ]
  edge [
    source 14
    target 27
    id "e11"
  ]
  edge [
    source 14
    target 29
    id "e1"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Dashed Link"
  ]
  edge [
    source 22
    target 35
    id "e8"
  ]
  edge [
    source 22
    target 28
    id "e14"
  ]
  edge [
    source 25
    target 26
    id "e32"
  ]
  edge [
    source 30
    target 32
    id "e2"
  ]
  edge [
    source 31
    target 32
    id "e3"
  ]
  edge [
    source 32
    target 33
    id "e4"
  ]
  edge [
    source 32
    target 34
    id "e5"
  ]
  edge [
    source 34
    target 35
    id "e7"
  ]
]
