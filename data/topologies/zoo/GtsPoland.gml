graph [
  DateObtained "22/10/10"
  GeoLocation "Poland"
  GeoExtent "Country"
  Network "GTS Poland"
  Provenance "Primary"
  Note "Krakow not listed, filled in from gts_ce main map"
  Source "http://www.gtsce.com/en/map/index.shtml"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "GtsPoland"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "22/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Warsaw"
    Country "Poland"
    Longitude 21.01178
    Internal 1
    Latitude 52.22977
    type "Large Node"
  ]
  node [
    id 1
    label "Bialystok"
    Country "Poland"
    Longitude 23.15
    Internal 1
    Latitude 53.13333
    type "Small Node"
  ]
  node [
    id 2
    label "Wlocawek"
    Country "Poland"
    Longitude 19.0678
    Internal 1
    Latitude 52.64817
    type "Small Node"
  ]
  node [
    id 3
    label "Plock"
    Country "Poland"
    Longitude 19.70638
    Internal 1
    Latitude 52.54682
    type "Small Node"
  ]
  node [
    id 4
    label "Opole"
    Country "Poland"
    Longitude 17.95
    Internal 1
    Latitude 50.66667
    type "Small Node"
  ]
  node [
    id 5
    label "Wroclaw"
    Country "Poland"
    Longitude 17.03333
    Internal 1
    Latitude 51.1
    type "Small Node"
  ]
  node [
    id 6
    label "Lublin"
    Country "Poland"
    Longitude 22.56667
    Internal 1
    Latitude 51.25
    type "Small Node"
  ]
  node [
    id 7
    label "Rzeszow"
    Country "Poland"
    Longitude 21.99901
    Internal 1
    Latitude 50.04132
    type "Small Node"
  ]
  node [
    id 8
    label "Kalisz"
    Country "Poland"
    Longitude 18.09102
    Internal 1
    Latitude 51.76109
    type "Small Node"
  ]
  node [
    id 9
    label "Lodz"
    Country "Poland"
    Longitude 19.46667
    Internal 1
    Latitude 51.75
    type "Small Node"
  ]
  node [
    id 10
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 11
    label "Krakow"
    Country "Poland"
    Longitude 19.91667
    Internal 1
    Latitude 50.08333
    type "Small Node"
  ]
  node [
    id 12
    label "Zielona Gora"
    Country "Poland"
    Longitude 15.50643
    Internal 1
    Latitude 51.93548
    type "Small Node"
  ]
  node [
    id 13
    label "Gdansk"
    Country "Poland"
    Longitude 18.64637
    Internal 1
    doubted 1
    Latitude 54.35205
  ]
  node [
    id 14
    label "Olszlyn"
    Country "Poland"
    Longitude 20.48333
    Internal 1
    Latitude 53.78333
    type "Small Node"
  ]
  node [
    id 15
    label "Tarnow"
    Country "Poland"
    Longitude 20.98698
    Internal 1
    Latitude 50.01381
    type "Small Node"
  ]
  node [
    id 16
    label "Kalowice"
    Country "Poland"
    Longitude 19.01667
    Internal 1
    Latitude 50.26667
    type "Small Node"
  ]
  node [
    id 17
    label "Kielce"
    Country "Poland"
    Longitude 20.62752
    Internal 1
    Latitude 50.87033
    type "Small Node"
  ]
  node [
    id 18
    label "Radom"
    Country "Poland"
    Longitude 21.14714
    Internal 1
    Latitude 51.40253
    type "Small Node"
  ]
  node [
    id 19
    label "Prague"
    Internal 0
  ]
  node [
    id 20
    label "Bratislava"
    Internal 0
  ]
  node [
    id 21
    label "Frankfurt"
    Internal 0
  ]
  node [
    id 22
    label "Berlin"
    Internal 0
  ]
  node [
    id 23
    label "Bydgoszcz"
    Country "Poland"
    Longitude 18.00762
    Internal 1
    Latitude 53.1235
    type "Small Node"
  ]
  node [
    id 24
    label "Torun"
    Country "Poland"
    Longitude 18.59814
    Internal 1
    Latitude 53.01375
    type "Small Node"
  ]
  node [
    id 25
    label "Gdyia"
    Internal 1
    type "Small Node"
  ]
  node [
    id 26
    label "Slupsk"
    Country "Poland"
    Longitude 17.02872
    Internal 1
    Latitude 54.46405
    type "Small Node"
  ]
  node [
    id 27
    label "Koszalin"
    Country "Poland"
    Longitude 16.17222
    Internal 1
    Latitude 54.19438
    type "Small Node"
  ]
  node [
    id 28
    label "Kolobrzeg"
    Country "Poland"
    Longitude 15.58342
    Internal 1
    Latitude 54.17565
    type "Small Node"
  ]
  node [
    id 29
    label "Szczecin"
    Country "Poland"
    Longitude 14.55302
    Internal 1
    Latitude 53.42894
    type "Small Node"
  ]
  node [
    id 30
    label "Gorzow Wilkp"
    Internal 1
    type "Small Node"
  ]
  node [
    id 31
    label "Poznan"
    Country "Poland"
    Longitude 16.96667
    Internal 1
    Latitude 52.41667
    type "Small Node"
  ]
  node [
    id 32
    label "Pila"
    Country "Poland"
    Longitude 16.73782
    Internal 1
    Latitude 53.15145
    type "Small Node"
  ]
  edge [
    source 0
    target 1
    LinkLabel "Solid Line"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Solid Line"
  ]
  edge [
    source 0
    target 6
    LinkLabel "Solid Line"
  ]
  edge [
    source 0
    target 9
    LinkLabel "Solid Line"
  ]
  edge [
    source 0
    target 18
    LinkLabel "Solid Line"
  ]
  edge [
    source 0
    target 21
    LinkLabel "Solid Line"
  ]
  edge [
    source 0
    target 22
    LinkLabel "Solid Line"
  ]
  edge [
    source 1
    target 14
    LinkLabel "Dashed Line"
  ]
  edge [
    source 2
    target 24
    LinkLabel "Solid Line"
  ]
  edge [
    source 2
    target 3
    LinkLabel "Solid Line"
  ]
  edge [
    source 4
    target 16
    LinkLabel "Solid Line"
  ]
  edge [
    source 4
    target 5
    LinkLabel "Solid Line"
  ]
  edge [
    source 5
    target 8
    LinkLabel "Solid Line"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Solid Line"
  ]
  edge [
    source 7
    target 11
    LinkLabel "Solid Line"
  ]
  edge [
    source 8
    target 9
    LinkLabel "Dashed Line"
  ]
  edge [
    source 8
    target 31
    LinkLabel "Solid Line"
  ]
  edge [
    source 10
    target 16
    LinkLabel "Solid Line"
  ]
  edge [
    source 10
    target 11
    LinkLabel "Solid Line"
  ]
  edge [
    source 10
    target 19
    LinkLabel "Solid Line"
  ]
  edge [
    source 10
    target 20
    LinkLabel "Solid Line"
  ]
  edge [
    source 11
    target 17
    LinkLabel "Solid Line"
  ]
  edge [
    source 11
    target 15
    LinkLabel "Solid Line"
  ]
  edge [
    source 12
    target 31
    LinkLabel "Solid Line"
  ]
  edge [
    source 13
    target 25
    LinkLabel "Solid Line"
  ]
  edge [
    source 13
    target 14
    LinkLabel "Dashed Line"
  ]
  edge [
    source 13
    target 23
    LinkLabel "Solid Line"
  ]
  edge [
    source 17
    target 18
    LinkLabel "Solid Line"
  ]
  edge [
    source 23
    target 24
    LinkLabel "Solid Line"
  ]
  edge [
    source 23
    target 32
    LinkLabel "Solid Line"
  ]
  edge [
    source 25
    target 26
    LinkLabel "Solid Line"
  ]
  edge [
    source 26
    target 27
    LinkLabel "Solid Line"
  ]
  edge [
    source 27
    target 28
    LinkLabel "Solid Line"
  ]
  edge [
    source 28
    target 29
    LinkLabel "Solid Line"
  ]
  edge [
    source 29
    target 32
    LinkLabel "Solid Line"
  ]
  edge [
    source 30
    target 31
    LinkLabel "Solid Line"
  ]
  edge [
    source 31
    target 32
    LinkLabel "Solid Line"
  ]
]
