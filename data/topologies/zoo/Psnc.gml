graph [
  DateObtained "22/10/10"
  GeoLocation "Poland"
  GeoExtent "Country"
  Network "PSNC"
  Provenance "Primary"
  Access 0
  Source "http://www.man.poznan.pl/online/en/projects/69/PIONIER_Network.html"
  Version "1.0"
  DateType "Current"
  Type "REN"
  Backbone 1
  Commercial 0
  label "PSNC"
  Customer 1
  IX 0
  LastAccess "21/10/10"
  Layer "Fibre"
  Classification "Backbone Customer"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010-10"
  Testbed 0
  SvnVersion 8123
  node [
    id 0
    label "Gdansk"
    Country "Poland"
    Longitude 18.64637
    Internal 1
    Latitude 54.35205
  ]
  node [
    id 1
    label "Koszalin"
    Country "Poland"
    Longitude 16.17222
    Internal 1
    Latitude 54.19438
  ]
  node [
    id 2
    label "Szczecin"
    Country "Poland"
    Longitude 14.55302
    Internal 1
    Latitude 53.42894
  ]
  node [
    id 3
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 4
    label "Germany"
    Internal 0
  ]
  node [
    id 5
    label "Zielona gora"
    Country "Poland"
    Longitude 15.50643
    Internal 1
    Latitude 51.93548
  ]
  node [
    id 6
    label "Poznan"
    Country "Poland"
    Longitude 16.96667
    Internal 1
    Latitude 52.41667
  ]
  node [
    id 7
    label "Bydgoszcz"
    Country "Poland"
    Longitude 18.00762
    Internal 1
    Latitude 53.1235
  ]
  node [
    id 8
    label "Torun"
    Country "Poland"
    Longitude 18.59814
    Internal 1
    Latitude 53.01375
  ]
  node [
    id 9
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 10
    label "Russia"
    Internal 0
  ]
  node [
    id 11
    label "Olsztyn"
    Country "Poland"
    Longitude 20.48333
    Internal 1
    Latitude 53.78333
  ]
  node [
    id 12
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 13
    label "Lithuania"
    Internal 0
  ]
  node [
    id 14
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 15
    label "Belarus"
    Internal 0
  ]
  node [
    id 16
    label "Bialystok"
    Country "Poland"
    Longitude 23.15
    Internal 1
    Latitude 53.13333
  ]
  node [
    id 17
    label "warszawa"
    Country "Poland"
    Longitude 21.01178
    Internal 1
    Latitude 52.22977
  ]
  node [
    id 18
    label "Radom"
    Country "Poland"
    Longitude 21.14714
    Internal 1
    Latitude 51.40253
  ]
  node [
    id 19
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 20
    label "Lodz"
    Country "Poland"
    Longitude 19.46667
    Internal 1
    Latitude 51.75
  ]
  node [
    id 21
    label "Pulawy"
    Country "Poland"
    Longitude 21.96939
    Internal 1
    Latitude 51.41655
  ]
  node [
    id 22
    label "Lublin"
    Country "Poland"
    Longitude 22.56667
    Internal 1
    Latitude 51.25
  ]
  node [
    id 23
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 24
    label "Ukraine"
    Internal 0
  ]
  node [
    id 25
    label "Rzeszow"
    Country "Poland"
    Longitude 21.99901
    Internal 1
    Latitude 50.04132
  ]
  node [
    id 26
    label "Kielce"
    Country "Poland"
    Longitude 20.62752
    Internal 1
    Latitude 50.87033
  ]
  node [
    id 27
    label "Krakow"
    Country "Poland"
    Longitude 19.91667
    Internal 1
    Latitude 50.08333
  ]
  node [
    id 28
    label ""
    hyperedge 1
    Internal 1
  ]
  node [
    id 29
    label "Slovenia"
    Internal 0
  ]
  node [
    id 30
    label "Czech Republic"
    Internal 0
  ]
  node [
    id 31
    label "Czechtochowa"
    Country "Poland"
    Longitude 19.12409
    Internal 1
    Latitude 50.79646
  ]
  node [
    id 32
    label "Gliwice"
    Country "Poland"
    Longitude 18.66667
    Internal 1
    Latitude 50.28333
  ]
  node [
    id 33
    label "Opole"
    Country "Poland"
    Longitude 17.95
    Internal 1
    Latitude 50.66667
  ]
  node [
    id 34
    label "Wroclaw"
    Country "Poland"
    Longitude 17.03333
    Internal 1
    Latitude 51.1
  ]
  node [
    id 35
    label "GEANT2"
    Internal 0
  ]
  edge [
    source 0
    target 8
  ]
  edge [
    source 0
    target 9
  ]
  edge [
    source 0
    target 1
  ]
  edge [
    source 1
    target 2
  ]
  edge [
    source 2
    target 3
  ]
  edge [
    source 3
    target 4
  ]
  edge [
    source 3
    target 6
  ]
  edge [
    source 4
    target 5
  ]
  edge [
    source 5
    target 34
  ]
  edge [
    source 5
    target 6
  ]
  edge [
    source 6
    target 35
  ]
  edge [
    source 6
    target 19
  ]
  edge [
    source 6
    target 7
  ]
  edge [
    source 7
    target 8
  ]
  edge [
    source 9
    target 10
  ]
  edge [
    source 9
    target 11
  ]
  edge [
    source 11
    target 12
  ]
  edge [
    source 12
    target 13
  ]
  edge [
    source 12
    target 14
  ]
  edge [
    source 14
    target 16
  ]
  edge [
    source 14
    target 15
  ]
  edge [
    source 16
    target 17
  ]
  edge [
    source 17
    target 18
  ]
  edge [
    source 17
    target 19
  ]
  edge [
    source 18
    target 26
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
    source 20
    target 31
  ]
  edge [
    source 21
    target 22
  ]
  edge [
    source 22
    target 23
  ]
  edge [
    source 23
    target 24
  ]
  edge [
    source 23
    target 25
  ]
  edge [
    source 25
    target 27
  ]
  edge [
    source 26
    target 27
  ]
  edge [
    source 27
    target 28
  ]
  edge [
    source 28
    target 32
  ]
  edge [
    source 28
    target 29
  ]
  edge [
    source 30
    target 32
  ]
  edge [
    source 31
    target 32
  ]
  edge [
    source 32
    target 33
  ]
  edge [
    source 33
    target 34
  ]
]
