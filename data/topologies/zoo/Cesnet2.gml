graph [
  DateObtained "11/10/10"
  GeoLocation "Czech Republic"
  GeoExtent "Country"
  Network "CESNET"
  Note "Utilization info is not included in the graphml (no customer services?)"
  Source "http://www.ces.net/netreport/"
  Version "1.0"
  Type "REN"
  Backbone 1
  Commercial 0
  label "CESNET2"
  Customer 0
  LastAccess "10/10/10"
  Access 0
  Layer "IP"
  Classification "Testbed Backbone Transit"
  Creator "Topology Zoo Toolset"
  Developed "developed"
  Transit 1
  NetworkDate "D"
  Testbed 1
  SvnVersion 8108
  node [
    id 0
    label "Cheb"
    Internal 1
  ]
  node [
    id 1
    label "Plzen"
    Internal 1
  ]
  node [
    id 2
    label "Most"
    Internal 1
  ]
  node [
    id 3
    label "Decin"
    Internal 1
  ]
  node [
    id 4
    label "Usti nad Labem"
    Internal 1
  ]
  node [
    id 5
    label "Praha"
    Internal 1
  ]
  node [
    id 6
    label "Liberec"
    Internal 1
  ]
  node [
    id 7
    label "Podebrady"
    Internal 1
  ]
  node [
    id 8
    label "Tabor"
    Internal 1
  ]
  node [
    id 9
    label "Ceske Budejovice"
    Internal 1
  ]
  node [
    id 10
    label "AMS-IX"
    Internal 0
  ]
  node [
    id 11
    label "NIX.cz"
    Internal 0
  ]
  node [
    id 12
    label "Public Internet"
    Internal 0
  ]
  node [
    id 13
    label "Jindrichuv Hradec"
    Internal 1
  ]
  node [
    id 14
    label "Jihlava"
    Internal 1
  ]
  node [
    id 15
    label "Pardubice"
    Internal 1
  ]
  node [
    id 16
    label "Hradec Kralove"
    Internal 1
  ]
  node [
    id 17
    label "Ceska Trebova"
    Internal 1
  ]
  node [
    id 18
    label "Olomouc"
    Internal 1
  ]
  node [
    id 19
    label "Brno"
    Internal 1
  ]
  node [
    id 20
    label "Vyskov"
    Internal 1
  ]
  node [
    id 21
    label "Zlin"
    Internal 1
  ]
  node [
    id 22
    label "Breclav,Lednice"
    geocode_name "Breclav"
    Internal 1
  ]
  node [
    id 23
    label "ACONET"
    Internal 0
  ]
  node [
    id 24
    label "SANET"
    Internal 0
  ]
  node [
    id 25
    label "Ostrava"
    Internal 1
  ]
  node [
    id 26
    label "Karvina"
    Internal 1
  ]
  node [
    id 27
    label "Opava"
    Internal 1
  ]
  node [
    id 28
    label "Pionier"
    Internal 0
  ]
  node [
    id 29
    label "GEANT2"
    Internal 0
  ]
  edge [
    source 0
    target 1
  ]
  edge [
    source 0
    target 2
  ]
  edge [
    source 1
    target 9
  ]
  edge [
    source 1
    target 5
  ]
  edge [
    source 2
    target 3
  ]
  edge [
    source 2
    target 4
  ]
  edge [
    source 3
    target 4
  ]
  edge [
    source 4
    target 5
  ]
  edge [
    source 4
    target 6
  ]
  edge [
    source 5
    target 6
  ]
  edge [
    source 5
    target 7
  ]
  edge [
    source 5
    target 8
  ]
  edge [
    source 5
    target 9
  ]
  edge [
    source 5
    target 10
  ]
  edge [
    source 5
    target 11
  ]
  edge [
    source 5
    target 12
  ]
  edge [
    source 5
    target 15
  ]
  edge [
    source 5
    target 16
  ]
  edge [
    source 5
    target 19
  ]
  edge [
    source 5
    target 29
  ]
  edge [
    source 6
    target 16
  ]
  edge [
    source 9
    target 19
  ]
  edge [
    source 9
    target 14
  ]
  edge [
    source 9
    target 13
  ]
  edge [
    source 13
    target 14
  ]
  edge [
    source 14
    target 19
  ]
  edge [
    source 15
    target 16
  ]
  edge [
    source 16
    target 17
  ]
  edge [
    source 16
    target 18
  ]
  edge [
    source 16
    target 27
  ]
  edge [
    source 18
    target 25
  ]
  edge [
    source 18
    target 19
  ]
  edge [
    source 18
    target 21
  ]
  edge [
    source 19
    target 20
  ]
  edge [
    source 19
    target 21
  ]
  edge [
    source 19
    target 22
  ]
  edge [
    source 19
    target 23
  ]
  edge [
    source 19
    target 24
  ]
  edge [
    source 19
    target 25
  ]
  edge [
    source 25
    target 27
  ]
  edge [
    source 25
    target 28
  ]
  edge [
    source 25
    target 26
  ]
]
