graph [
  DateObtained "16/01/11"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "BICS"
  Provenance "Primary"
  Note "Can't nail down transit"
  Source "http://bics.com/index.php/network/european-network/"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Bics"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "16/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Bratislava"
    Country "Slovakia"
    Longitude 17.10674
    Internal 1
    Latitude 48.14816
    type "PoP"
  ]
  node [
    id 1
    label "Vienna"
    Country "Austria"
    Longitude 16.37208
    Internal 1
    Latitude 48.20849
    type "PoP"
  ]
  node [
    id 2
    label "Praha"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
    type "PoP"
  ]
  node [
    id 3
    label "Rotterdam"
    Country "Netherlands"
    Longitude 4.47917
    Internal 1
    Latitude 51.9225
    type "PoP"
  ]
  node [
    id 4
    label "Roma"
    Country "Italy"
    Longitude 12.4839
    Internal 1
    Latitude 41.89474
    type "PoP"
  ]
  node [
    id 5
    label "Budapest"
    Country "Hungary"
    Longitude 19.03991
    Internal 1
    Latitude 47.49801
    type "PoP"
  ]
  node [
    id 6
    label "Ljubjana"
    Country "Slovenia"
    Longitude 14.50513
    Internal 1
    Latitude 46.05108
    type "PoP"
  ]
  node [
    id 7
    label "Zagreb"
    Country "Croatia"
    Longitude 15.97798
    Internal 1
    Latitude 45.81444
    type "PoP"
  ]
  node [
    id 8
    label "Bucharest"
    Country "Romania"
    Longitude 26.10626
    Internal 1
    Latitude 44.43225
    type "PoP"
  ]
  node [
    id 9
    label "Istanbul"
    Country "Turkey"
    Longitude 28.94966
    Internal 1
    Latitude 41.01384
    type "PoP"
  ]
  node [
    id 10
    label "Vaduz"
    Country "Liechtenstein"
    Longitude 9.52154
    Internal 1
    Latitude 47.14151
    type "PoP"
  ]
  node [
    id 11
    label "Strasbourg"
    Country "France"
    Longitude 7.75
    Internal 1
    Latitude 48.58333
    type "PoP"
  ]
  node [
    id 12
    label "Luxembourg"
    Country "Luxembourg"
    Longitude 6.13
    Internal 1
    Latitude 49.61167
    type "PoP"
  ]
  node [
    id 13
    label "Zurich"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
    type "Cityring"
  ]
  node [
    id 14
    label "Brussels"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
    type "Cityring"
  ]
  node [
    id 15
    label "Geneva"
    Country "Switzerland"
    Longitude 6.14569
    Internal 1
    Latitude 46.20222
    type "Cityring"
  ]
  node [
    id 16
    label "Milan"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
    type "Cityring"
  ]
  node [
    id 17
    label "Athens"
    Country "Greece"
    Longitude 23.71622
    Internal 1
    Latitude 37.97945
    type "PoP"
  ]
  node [
    id 18
    label "Sofia"
    Country "Bulgaria"
    Longitude 23.32415
    Internal 1
    Latitude 42.69751
    type "PoP"
  ]
  node [
    id 19
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
    type "Cityring"
  ]
  node [
    id 20
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
    type "Cityring"
  ]
  node [
    id 21
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "Cityring"
  ]
  node [
    id 22
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    type "Cityring"
  ]
  node [
    id 23
    label "Stockholm"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
    type "PoP"
  ]
  node [
    id 24
    label "Warsaw"
    Country "Poland"
    Longitude 21.01178
    Internal 1
    Latitude 52.22977
    type "PoP"
  ]
  node [
    id 25
    label "Kiev"
    Country "Ukraine"
    Longitude 30.5238
    Internal 1
    Latitude 50.45466
    type "PoP"
  ]
  node [
    id 26
    label "Dublin"
    Country "Ireland"
    Longitude -6.26719
    Internal 1
    Latitude 53.34399
    type "PoP"
  ]
  node [
    id 27
    label "Lisbon"
    Country "Portugal"
    Longitude -9.13333
    Internal 1
    Latitude 38.71667
    type "PoP"
  ]
  node [
    id 28
    label "Madrid"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
    type "PoP"
  ]
  node [
    id 29
    label "Barcelona"
    Country "Spain"
    Longitude 2.15899
    Internal 1
    Latitude 41.38879
    type "PoP"
  ]
  node [
    id 30
    label "Marseille"
    Country "France"
    Longitude 5.38107
    Internal 1
    Latitude 43.29695
    type "PoP"
  ]
  node [
    id 31
    label "Lyon"
    Country "France"
    Longitude 4.85
    Internal 1
    Latitude 45.75
    type "PoP"
  ]
  node [
    id 32
    label "Basel"
    Country "Switzerland"
    Longitude 7.6
    Internal 1
    Latitude 47.56667
    type "PoP"
  ]
  edge [
    source 0
    target 1
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 0
    target 2
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 0
    target 5
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 1
    target 16
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 1
    target 19
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 2
    target 24
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 2
    target 19
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 3
    target 20
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 3
    target 14
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 4
    target 16
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 4
    target 13
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 5
    target 8
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 5
    target 18
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 5
    target 7
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 6
    target 7
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 8
    target 25
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 8
    target 9
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 9
    target 17
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 10
    target 13
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 11
    target 32
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 11
    target 19
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 11
    target 12
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 12
    target 14
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 13
    target 16
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 13
    target 19
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 13
    target 15
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 14
    target 19
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 14
    target 20
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 14
    target 21
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 14
    target 22
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 15
    target 32
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 15
    target 22
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 15
    target 31
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 16
    target 30
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 17
    target 18
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 19
    target 20
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 19
    target 23
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 19
    target 24
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 20
    target 21
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 21
    target 26
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 21
    target 27
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 21
    target 22
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 22
    target 28
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 22
    target 31
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
  edge [
    source 24
    target 25
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 28
    target 29
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 29
    target 30
    LinkType "SDH"
    LinkLabel "SDH"
  ]
  edge [
    source 30
    target 31
    LinkType "Fiber"
    LinkLabel "Optic Fiber"
    LinkNote "Optic "
  ]
]
