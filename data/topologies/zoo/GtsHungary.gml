graph [
  DateObtained "22/10/10"
  GeoLocation "Hungary"
  GeoExtent "Country"
  Network "GTS Hungary"
  Provenance "Primary"
  Access 0
  Source "http://www.gtsce.com/en/map/index.shtml"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "GtsHungary"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "22/10/10"
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
    label "None"
    Internal 1
    type "Small Node"
  ]
  node [
    id 1
    label "Miskolc"
    Country "Hungary"
    Longitude 20.78333
    Internal 1
    Latitude 48.1
    type "Small Node"
  ]
  node [
    id 2
    label "Salgotarjan"
    Country "Hungary"
    Longitude 19.80303
    Internal 1
    Latitude 48.09872
    type "Small Node"
  ]
  node [
    id 3
    label "Godollo"
    Country "Hungary"
    Longitude 19.36667
    Internal 1
    Latitude 47.6
    type "Small Node"
  ]
  node [
    id 4
    label "Szolnok"
    Country "Hungary"
    Longitude 20.2
    Internal 1
    Latitude 47.18333
    type "Small Node"
  ]
  node [
    id 5
    label "Dunaujvaros"
    Country "Hungary"
    Longitude 18.93333
    Internal 1
    Latitude 46.98333
    type "Small Node"
  ]
  node [
    id 6
    label "Nyiregyhaza"
    Country "Hungary"
    Longitude 21.71671
    Internal 1
    Latitude 47.95539
    type "Small Node"
  ]
  node [
    id 7
    label "Debrecen"
    Country "Hungary"
    Longitude 21.63333
    Internal 1
    Latitude 47.53333
    type "Small Node"
  ]
  node [
    id 8
    label "Kecskemet"
    Country "Hungary"
    Longitude 19.69128
    Internal 1
    Latitude 46.90618
    type "Small Node"
  ]
  node [
    id 9
    label "Baja"
    Country "Hungary"
    Longitude 18.96667
    Internal 1
    Latitude 46.18333
    type "Small Node"
  ]
  node [
    id 10
    label "Pecs"
    Country "Hungary"
    Longitude 18.23333
    Internal 1
    Latitude 46.08333
    type "Small Node"
  ]
  node [
    id 11
    label "None"
    Internal 0
  ]
  node [
    id 12
    label "Szeged"
    Country "Hungary"
    Longitude 20.14824
    Internal 1
    Latitude 46.253
    type "Small Node"
  ]
  node [
    id 13
    label "Siofok"
    Country "Hungary"
    Longitude 18.05
    Internal 1
    Latitude 46.9
    type "Small Node"
  ]
  node [
    id 14
    label "Kaposvar"
    Country "Hungary"
    Longitude 17.8
    Internal 1
    Latitude 46.36667
    type "Small Node"
  ]
  node [
    id 15
    label "Szekszard"
    Country "Hungary"
    Longitude 18.71667
    Internal 1
    Latitude 46.35
    type "Small Node"
  ]
  node [
    id 16
    label "None"
    Internal 0
  ]
  node [
    id 17
    label "Vienna"
    Internal 0
  ]
  node [
    id 18
    label "Bratislava"
    Internal 0
  ]
  node [
    id 19
    label "Bekescsaba"
    Country "Hungary"
    Longitude 21.1
    Internal 1
    Latitude 46.68333
    type "Small Node"
  ]
  node [
    id 20
    label "Budapest"
    Country "Hungary"
    Longitude 19.03991
    Internal 1
    Latitude 47.49801
    type "Large Node"
  ]
  node [
    id 21
    label "Vac"
    Country "Hungary"
    Longitude 19.13333
    Internal 1
    Latitude 47.78333
    type "Small Node"
  ]
  node [
    id 22
    label "Sopron"
    Country "Hungary"
    Longitude 16.6
    Internal 1
    Latitude 47.68333
    type "Small Node"
  ]
  node [
    id 23
    label "Szombathely"
    Country "Hungary"
    Longitude 16.62155
    Internal 1
    Latitude 47.23088
    type "Small Node"
  ]
  node [
    id 24
    label "Zalaegerszeg"
    Country "Hungary"
    Longitude 16.84389
    Internal 1
    Latitude 46.84
    type "Small Node"
  ]
  node [
    id 25
    label "Nagykanizsa"
    Country "Hungary"
    Longitude 16.99104
    Internal 1
    Latitude 46.45347
    type "Small Node"
  ]
  node [
    id 26
    label "Szekesfehervar"
    Country "Hungary"
    Longitude 18.41034
    Internal 1
    Latitude 47.18995
    type "Small Node"
  ]
  node [
    id 27
    label "Veszprem"
    Country "Hungary"
    Longitude 17.91149
    Internal 1
    Latitude 47.09327
    type "Small Node"
  ]
  node [
    id 28
    label "Gyor"
    Country "Hungary"
    Longitude 17.63512
    Internal 1
    Latitude 47.68333
    type "Small Node"
  ]
  node [
    id 29
    label "Tatabanya"
    Country "Hungary"
    Longitude 18.41667
    Internal 1
    Latitude 47.56667
    type "Small Node"
  ]
  edge [
    source 0
    target 20
    id "e14"
  ]
  edge [
    source 1
    target 20
    id "e15"
  ]
  edge [
    source 2
    target 20
    id "e12"
  ]
  edge [
    source 3
    target 20
    id "e13"
  ]
  edge [
    source 4
    target 20
    id "e17"
  ]
  edge [
    source 4
    target 7
    id "e25"
  ]
  edge [
    source 5
    target 8
    id "e27"
  ]
  edge [
    source 5
    target 20
    id "e18"
  ]
  edge [
    source 6
    target 20
    id "e16"
  ]
  edge [
    source 7
    target 12
    id "e26"
  ]
  edge [
    source 8
    target 12
    id "e28"
  ]
  edge [
    source 9
    target 20
    id "e19"
  ]
  edge [
    source 10
    target 20
    id "e24"
  ]
  edge [
    source 11
    target 12
    id "e30"
  ]
  edge [
    source 12
    target 19
    id "e29"
  ]
  edge [
    source 13
    target 20
    id "e22"
  ]
  edge [
    source 14
    target 20
    id "e21"
  ]
  edge [
    source 15
    target 20
    id "e20"
  ]
  edge [
    source 16
    target 20
    id "e23"
  ]
  edge [
    source 17
    target 22
    id "e1"
  ]
  edge [
    source 18
    target 28
    id "e8"
  ]
  edge [
    source 20
    target 21
    id "e11"
  ]
  edge [
    source 20
    target 25
    id "e5"
  ]
  edge [
    source 20
    target 26
    id "e6"
  ]
  edge [
    source 20
    target 29
    id "e10"
  ]
  edge [
    source 22
    target 28
    id "e2"
  ]
  edge [
    source 22
    target 23
    id "e0"
  ]
  edge [
    source 23
    target 24
    id "e3"
  ]
  edge [
    source 24
    target 27
    id "e4"
  ]
  edge [
    source 26
    target 27
    id "e7"
  ]
  edge [
    source 28
    target 29
    id "e9"
  ]
]
