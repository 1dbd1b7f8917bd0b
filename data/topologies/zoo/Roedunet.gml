graph [
  DateObtained "13/07/11"
  GeoLocation "Romania"
  GeoExtent "Country"
  Network "RoEduNet"
  Provenance "Primary"
  Access 0
  Source "http://niham.nipne.ro/events2006/sinaia/Prezentari_ziua5/Octavian_Rusu.pdf"
  Version "1.0"
  DateType "Historic"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Roedunet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "13/07/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2006"
  DateYear "2006"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Dolj"
    Country "Romania"
    Longitude 23.8
    Internal 1
    Latitude 44.31667
    type "NOC"
  ]
  node [
    id 1
    label "Olt"
    Country "Romania"
    Longitude 24.36667
    Internal 1
    Latitude 44.43333
    type "PoP"
  ]
  node [
    id 2
    label "Gorj"
    Country "Romania"
    Longitude 23.28333
    Internal 1
    Latitude 45.05
    type "PoP"
  ]
  node [
    id 3
    label "Valcea"
    Country "Romania"
    Longitude 24.36667
    Internal 1
    Latitude 45.1
    type "PoP"
  ]
  node [
    id 4
    label "Bucaresti"
    Country "Romania"
    Longitude 26.10626
    Internal 1
    Latitude 44.43225
    type "NOC"
  ]
  node [
    id 5
    label "Ialomita"
    Country "Romania"
    Longitude 26.63333
    Internal 1
    Latitude 44.71667
    type "PoP"
  ]
  node [
    id 6
    label "Teleorman"
    Country "Romania"
    Longitude 25.33333
    Internal 1
    Latitude 43.98333
    type "PoP"
  ]
  node [
    id 7
    label "Giurgiu"
    Country "Romania"
    Longitude 25.96667
    Internal 1
    Latitude 43.88333
    type "PoP"
  ]
  node [
    id 8
    label "Calarasi"
    Country "Romania"
    Longitude 27.33333
    Internal 1
    geocode_id "683022"
    Latitude 44.2
    type "PoP"
  ]
  node [
    id 9
    label "Constanta"
    Country "Romania"
    Longitude 28.65
    Internal 1
    Latitude 44.18333
    type "PoP"
  ]
  node [
    id 10
    label "Covasna"
    Country "Romania"
    Longitude 26.18333
    Internal 1
    Latitude 45.85
    type "PoP"
  ]
  node [
    id 11
    label "Sibiu"
    Country "Romania"
    Longitude 24.15
    Internal 1
    Latitude 45.8
    type "PoP"
  ]
  node [
    id 12
    label "Alba"
    Country "Romania"
    Longitude 23.58333
    Internal 1
    Latitude 46.06667
    type "PoP"
  ]
  node [
    id 13
    label "Arges"
    Country "Romania"
    Longitude 24.86667
    Internal 1
    Latitude 44.85
    type "PoP"
  ]
  node [
    id 14
    label "Dambovita"
    Country "Romania"
    Longitude 25.45
    Internal 1
    Latitude 44.93333
    type "PoP"
  ]
  node [
    id 15
    label "Prahova"
    Country "Romania"
    Longitude 26.01667
    Internal 1
    Latitude 44.95
    type "PoP"
  ]
  node [
    id 16
    label "Buzau"
    Country "Romania"
    Longitude 26.83333
    Internal 1
    Latitude 45.15
    type "PoP"
  ]
  node [
    id 17
    label "Vrancea"
    Country "Romania"
    Longitude 27.18333
    Internal 1
    Latitude 45.7
    type "PoP"
  ]
  node [
    id 18
    label "Bacau"
    Country "Romania"
    Longitude 26.9
    Internal 1
    Latitude 46.56667
    type "PoP"
  ]
  node [
    id 19
    label "Harghita"
    Country "Romania"
    Longitude 25.3
    Internal 1
    Latitude 46.3
    type "PoP"
  ]
  node [
    id 20
    label "GEANT"
    Internal 0
  ]
  node [
    id 21
    label "Chisinau RENAM"
    Internal 0
  ]
  node [
    id 22
    label "Mures"
    Country "Romania"
    Longitude 24.55747
    Internal 1
    Latitude 46.54245
    type "NOC"
  ]
  node [
    id 23
    label "Bistrita-Nasaud"
    Country "Romania"
    Longitude 24.50011
    Internal 1
    Latitude 47.13316
    type "PoP"
  ]
  node [
    id 24
    label "Vaslui"
    Country "Romania"
    Longitude 27.73333
    Internal 1
    Latitude 46.63333
    type "PoP"
  ]
  node [
    id 25
    label "Galati"
    Country "Romania"
    Longitude 28.05
    Internal 1
    Latitude 45.45
    type "NOC"
  ]
  node [
    id 26
    label "Tulcea"
    Country "Romania"
    Longitude 28.8
    Internal 1
    Latitude 45.16667
    type "PoP"
  ]
  node [
    id 27
    label "Braila"
    Country "Romania"
    Longitude 27.98333
    Internal 1
    Latitude 45.26667
    type "PoP"
  ]
  node [
    id 28
    label "Neamt"
    Country "Romania"
    Longitude 26.33333
    Internal 1
    Latitude 46.91667
    type "PoP"
  ]
  node [
    id 29
    label "Suceava"
    Country "Romania"
    Longitude 26.25
    Internal 1
    Latitude 47.63333
    type "PoP"
  ]
  node [
    id 30
    label "Botosani"
    Country "Romania"
    Longitude 26.66667
    Internal 1
    Latitude 47.75
    type "PoP"
  ]
  node [
    id 31
    label "Iasi"
    Country "Romania"
    Longitude 27.6
    Internal 1
    Latitude 47.16667
    type "NOC"
  ]
  node [
    id 32
    label "Caras-Severin"
    Country "Romania"
    Longitude 21.88917
    Internal 1
    Latitude 45.30083
    type "PoP"
  ]
  node [
    id 33
    label "Mehedinti"
    Country "Romania"
    Longitude 22.65611
    Internal 1
    Latitude 44.63194
    type "PoP"
  ]
  node [
    id 34
    label "Satu Mare"
    Country "Romania"
    Longitude 22.88333
    Internal 1
    Latitude 47.8
    type "PoP"
  ]
  node [
    id 35
    label "Maramures"
    Country "Romania"
    Longitude 23.56808
    Internal 1
    Latitude 47.65729
    type "PoP"
  ]
  node [
    id 36
    label "Cluj"
    Country "Romania"
    Longitude 23.6
    Internal 1
    Latitude 46.76667
    type "NOC"
  ]
  node [
    id 37
    label "Salaj"
    Country "Romania"
    Longitude 23.05
    Internal 1
    Latitude 47.2
    type "PoP"
  ]
  node [
    id 38
    label "Bihor"
    Country "Romania"
    Longitude 21.93333
    Internal 1
    Latitude 47.06667
    type "PoP"
  ]
  node [
    id 39
    label "Arad"
    Country "Romania"
    Longitude 21.31667
    Internal 1
    Latitude 46.18333
    type "PoP"
  ]
  node [
    id 40
    label "Timis"
    Country "Romania"
    Longitude 21.22722
    Internal 1
    Latitude 45.74944
    type "NOC"
  ]
  node [
    id 41
    label "Hunedora"
    Country "Romania"
    Longitude 22.9
    Internal 1
    Latitude 45.75
    type "PoP"
  ]
  edge [
    source 0
    target 1
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 0
    target 2
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 0
    target 3
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 0
    target 4
    LinkType "E3"
    LinkLabel "E3"
  ]
  edge [
    source 0
    target 4
    LinkType "E3"
    LinkLabel "E3"
  ]
  edge [
    source 0
    target 33
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 0
    target 40
    LinkLabel "<= 10 Mbps backup"
  ]
  edge [
    source 4
    target 36
    LinkType "STM-1"
    LinkLabel "STM-1"
  ]
  edge [
    source 4
    target 5
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 4
    target 6
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 4
    target 7
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 4
    target 8
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 4
    target 9
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 4
    target 13
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 4
    target 14
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 4
    target 15
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 4
    target 16
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 4
    target 40
    LinkType "STM-1"
    LinkLabel "STM-1"
  ]
  edge [
    source 4
    target 20
    LinkType "STM-4"
    LinkLabel "STM-4"
  ]
  edge [
    source 4
    target 20
    LinkType "STM-4"
    LinkLabel "STM-4"
  ]
  edge [
    source 4
    target 22
    LinkType "E3"
    LinkLabel "E3"
  ]
  edge [
    source 4
    target 22
    LinkType "E3"
    LinkLabel "E3"
  ]
  edge [
    source 4
    target 25
    LinkType "STM-1"
    LinkLabel "STM-1"
  ]
  edge [
    source 4
    target 31
    LinkType "STM-1"
    LinkLabel "STM-1"
  ]
  edge [
    source 4
    target 31
    LinkType "STM-1"
    LinkLabel "STM-1"
  ]
  edge [
    source 10
    target 22
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 11
    target 22
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 12
    target 36
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 17
    target 25
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 18
    target 31
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 19
    target 22
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 21
    target 31
    LinkType "E3"
    LinkLabel "E3"
  ]
  edge [
    source 22
    target 36
    LinkLabel "<= 10 Mbps backup"
  ]
  edge [
    source 22
    target 31
    LinkLabel "<= 10 Mbps backup"
  ]
  edge [
    source 23
    target 36
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 24
    target 31
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 25
    target 26
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 25
    target 27
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 25
    target 31
    LinkLabel "<= 10 Mbps backup"
  ]
  edge [
    source 28
    target 31
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 29
    target 31
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 30
    target 31
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 32
    target 40
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 34
    target 36
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 35
    target 36
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 36
    target 37
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 36
    target 40
    LinkLabel "<= 10 Mbps backup"
  ]
  edge [
    source 38
    target 40
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 39
    target 40
    LinkLabel "<= 10 Mbps"
  ]
  edge [
    source 40
    target 41
    LinkLabel "<= 10 Mbps"
  ]
]
