graph [
  DateObtained "14/07/11"
  GeoLocation "Zambia"
  GeoExtent "Country"
  Network "Zamren"
  Provenance "Primary"
  Note "Map from slide 6"
  Source "https://tnc2011.terena.org/core/presentation/137"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 0
  Commercial 0
  label "Zamren"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "07"
  LastAccess "14/07/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2011_07"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "N/Western Province"
    Internal 1
    type "Router"
  ]
  node [
    id 1
    label "Northern Province"
    Country "Zambia"
    Longitude 31.0
    Internal 1
    Latitude -11.0
    type "Router"
  ]
  node [
    id 2
    label "Eastern Province"
    Country "Zambia"
    Longitude 32.25
    Internal 1
    Latitude -13.0
    type "Router"
  ]
  node [
    id 3
    label "Luapula Province"
    Country "Zambia"
    Longitude 28.89431
    Internal 1
    Latitude -11.19976
    type "Router"
  ]
  node [
    id 4
    label "NRDC"
    Internal 1
    type "Router"
  ]
  node [
    id 5
    label "UNZA Research"
    Internal 1
    type "Router"
  ]
  node [
    id 6
    label "Solwezi"
    Country "Zambia"
    Longitude 26.38938
    Internal 1
    Latitude -12.1688
    type "Router"
  ]
  node [
    id 7
    label "Livingstone"
    Country "Zambia"
    Longitude 25.85425
    Internal 1
    Latitude -17.84194
    type "Router"
  ]
  node [
    id 8
    label "NIPA"
    Internal 1
    type "Router"
  ]
  node [
    id 9
    label "ZICAS"
    Internal 1
    type "Router"
  ]
  node [
    id 10
    label "Gateway Router"
    Internal 1
    type "Router"
  ]
  node [
    id 11
    label "Gateway Router"
    Internal 1
    type "Router"
  ]
  node [
    id 12
    label "Gateway Router"
    Internal 1
    type "Router"
  ]
  node [
    id 13
    label "None"
    hyperedge 1
    Internal 1
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
    label "ZESCO TS"
    Internal 1
    type "Router"
  ]
  node [
    id 17
    label "ZAMTEL TS"
    Internal 1
    type "Router"
  ]
  node [
    id 18
    label "Chainama"
    Country "Zambia"
    Longitude 33.28333
    Internal 1
    Latitude -10.01667
    type "Router"
  ]
  node [
    id 19
    label "NISR"
    Internal 1
    type "Router"
  ]
  node [
    id 20
    label "Mt Makulu"
    Internal 1
    type "Router"
  ]
  node [
    id 21
    label "Evelyn Hone College"
    Country "Zambia"
    Longitude 28.28333
    Internal 1
    Latitude -15.41667
    type "Router"
  ]
  node [
    id 22
    label "KTC"
    Internal 1
    type "Router"
  ]
  node [
    id 23
    label "COSETCO"
    Internal 1
    type "Router"
  ]
  node [
    id 24
    label "KABWE TRADES"
    Internal 1
    type "Router"
  ]
  node [
    id 25
    label "NKRUMAH"
    Internal 1
    type "Router"
  ]
  node [
    id 26
    label "Gateway Router"
    Internal 1
    type "Router"
  ]
  node [
    id 27
    label "Southern Province"
    Country "Zambia"
    Longitude 27.0
    Internal 1
    Latitude -16.5
    type "Router"
  ]
  node [
    id 28
    label "University of Zambia"
    Country "Zambia"
    Longitude 28.28636
    Internal 1
    Latitude -15.40809
    type "University"
  ]
  node [
    id 29
    label "Mulungushi University"
    Country "Zambia"
    Longitude 28.45174
    Internal 1
    Latitude -14.44322
    type "University"
  ]
  node [
    id 30
    label "Copperbelt University"
    Country "Zambia"
    Longitude 28.24767
    Internal 1
    Latitude -12.79614
    type "University"
  ]
  node [
    id 31
    label "Kitwe"
    Country "Zambia"
    Longitude 28.24767
    Internal 1
    Latitude -12.79614
    type "Possible switch?"
  ]
  node [
    id 32
    label "Kabwe"
    Country "Zambia"
    Longitude 28.45174
    Internal 1
    Latitude -14.44322
    type "Possible switch?"
  ]
  node [
    id 33
    label "Lusaka"
    Country "Zambia"
    Longitude 28.28636
    Internal 1
    Latitude -15.40809
    type "Possible switch?"
  ]
  node [
    id 34
    label "Gateway Router"
    Internal 1
    type "Router"
  ]
  node [
    id 35
    label "Gateway Router"
    Internal 1
    type "Gateway Router"
  ]
  edge [
    source 0
    target 15
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 1
    target 31
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 2
    target 13
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 3
    target 15
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 4
    target 28
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 6
    target 31
    LinkType "FIBRE"
    LinkLabel "ZESCO FIBRE"
    LinkNote "ZESCO "
  ]
  edge [
    source 7
    target 14
    LinkType "FIBRE"
    LinkLabel "ZESCO FIBRE"
    LinkNote "ZESCO "
  ]
  edge [
    source 8
    target 28
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 9
    target 28
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 10
    target 30
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 11
    target 30
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 12
    target 30
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 13
    target 32
    LinkType "FIBRE"
    LinkLabel "ZESCO FIBRE"
    LinkNote "ZESCO "
  ]
  edge [
    source 13
    target 33
    LinkType "FIBRE"
    LinkLabel "ZESCO FIBRE"
    LinkNote "ZESCO "
  ]
  edge [
    source 14
    target 33
    LinkType "FIBRE"
    LinkLabel "ZESCO FIBRE"
    LinkNote "ZESCO "
  ]
  edge [
    source 14
    target 27
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 15
    target 32
    LinkType "FIBRE"
    LinkLabel "ZESCO FIBRE"
    LinkNote "ZESCO "
  ]
  edge [
    source 15
    target 31
    LinkType "FIBRE"
    LinkLabel "ZESCO FIBRE"
    LinkNote "ZESCO "
  ]
  edge [
    source 16
    target 30
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 17
    target 30
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 18
    target 28
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 19
    target 28
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 20
    target 28
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 21
    target 28
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 22
    target 30
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 23
    target 30
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 24
    target 29
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 25
    target 29
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 26
    target 32
    LinkType "FIBRE"
    LinkSpeed "100"
    LinkSpeedUnits "M"
    LinkNote "ZAREN FIRE ( )"
    LinkLabel "ZAMREN FIBRE (100 MB)"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 26
    target 29
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 28
    target 35
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 30
    target 34
    LinkType "FIBRE"
    LinkLabel "ZAMREN FIBRE"
    LinkNote "ZAMREN "
  ]
  edge [
    source 31
    target 34
    LinkType "FIBRE"
    LinkSpeed "100"
    LinkSpeedUnits "M"
    LinkNote "ZAREN FIRE ( )"
    LinkLabel "ZAMREN FIBRE (100 MB)"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 33
    target 35
    LinkType "FIBRE"
    LinkSpeed "100"
    LinkSpeedUnits "M"
    LinkNote "ZAREN FIRE ( )"
    LinkLabel "ZAMREN FIBRE (100 MB)"
    LinkSpeedRaw 100000000.0
  ]
]
