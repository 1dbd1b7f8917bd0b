graph [
  DateObtained "6/07/11"
  GeoLocation "Romania"
  GeoExtent "Country"
  Network "RoEduNet"
  Provenance "Primary"
  Note "Taken from slide 8 of presentation. Names from https://admin.roedu.net/weathermap/ Geant Peering at Bucharest from slide 4"
  Source "http://www.ces.net/events/2010/cef/p/rusu.pdf"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "RoedunetFibre"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "09"
  LastAccess "6/07/11"
  Access 0
  Layer "Simplified Fibre"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010_09"
  DateYear "2010"
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
    type "Blue dashed node"
  ]
  node [
    id 2
    label "Gorj"
    Country "Romania"
    Longitude 23.28333
    Internal 1
    Latitude 45.05
    type "Node"
  ]
  node [
    id 3
    label "Valcea"
    Country "Romania"
    Longitude 24.36667
    Internal 1
    Latitude 45.1
    type "Blue dashed node"
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
    type "Node"
  ]
  node [
    id 6
    label "Teleorman"
    Country "Romania"
    Longitude 25.33333
    Internal 1
    Latitude 43.98333
    type "Blue dashed node"
  ]
  node [
    id 7
    label "Giurgiu"
    Country "Romania"
    Longitude 25.96667
    Internal 1
    Latitude 43.88333
    type "Node"
  ]
  node [
    id 8
    label "Calarasi"
    Country "Romania"
    Longitude 27.33333
    Internal 1
    geocode_id "683022"
    Latitude 44.2
    type "Node"
  ]
  node [
    id 9
    label "Constanta"
    Country "Romania"
    Longitude 28.65
    Internal 1
    Latitude 44.18333
    type "Node"
  ]
  node [
    id 10
    label "Harghita"
    Country "Romania"
    Longitude 25.3
    Internal 1
    Latitude 46.3
    type "Node"
  ]
  node [
    id 11
    label "Covasna"
    Country "Romania"
    Longitude 26.18333
    Internal 1
    Latitude 45.85
    type "Node"
  ]
  node [
    id 12
    label "Alba"
    Country "Romania"
    Longitude 23.58333
    Internal 1
    Latitude 46.06667
    type "Node"
  ]
  node [
    id 13
    label "Brasov"
    Country "Romania"
    Longitude 25.60613
    Internal 1
    Latitude 45.64861
    type "Node"
  ]
  node [
    id 14
    label "Arges"
    Country "Romania"
    Longitude 24.86667
    Internal 1
    Latitude 44.85
    type "Node"
  ]
  node [
    id 15
    label "Dambovita"
    Country "Romania"
    Longitude 25.45
    Internal 1
    Latitude 44.93333
    type "Node"
  ]
  node [
    id 16
    label "Prahova"
    Country "Romania"
    Longitude 26.01667
    Internal 1
    Latitude 44.95
    type "Node"
  ]
  node [
    id 17
    label "Buzau"
    Country "Romania"
    Longitude 26.83333
    Internal 1
    Latitude 45.15
    type "Node"
  ]
  node [
    id 18
    label "Vrancea"
    Country "Romania"
    Longitude 27.18333
    Internal 1
    Latitude 45.7
    type "Node"
  ]
  node [
    id 19
    label "Bacau"
    Country "Romania"
    Longitude 26.9
    Internal 1
    Latitude 46.56667
    type "Node"
  ]
  node [
    id 20
    label "Chisinau RENAM"
    Internal 0
  ]
  node [
    id 21
    label "Sibiu"
    Country "Romania"
    Longitude 24.15
    Internal 1
    Latitude 45.8
    type "Node"
  ]
  node [
    id 22
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 23
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 24
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 25
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 26
    label "GEANT"
    Internal 0
  ]
  node [
    id 27
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 28
    label "Mures"
    Country "Romania"
    Longitude 24.55747
    Internal 1
    Latitude 46.54245
    type "NOC"
  ]
  node [
    id 29
    label "Bistrita-Nasaud"
    Country "Romania"
    Longitude 24.50011
    Internal 1
    Latitude 47.13316
    type "Blue dashed node"
  ]
  node [
    id 30
    label "Vaslui"
    Country "Romania"
    Longitude 27.73333
    Internal 1
    Latitude 46.63333
    type "Node"
  ]
  node [
    id 31
    label "Galati"
    Country "Romania"
    Longitude 28.05
    Internal 1
    Latitude 45.45
    type "NOC"
  ]
  node [
    id 32
    label "Tulcea"
    Country "Romania"
    Longitude 28.8
    Internal 1
    Latitude 45.16667
    type "Blue dashed node"
  ]
  node [
    id 33
    label "Braila"
    Country "Romania"
    Longitude 27.98333
    Internal 1
    Latitude 45.26667
    type "Node"
  ]
  node [
    id 34
    label "Neamt"
    Country "Romania"
    Longitude 26.33333
    Internal 1
    Latitude 46.91667
    type "Blue dashed node"
  ]
  node [
    id 35
    label "Suceava"
    Country "Romania"
    Longitude 26.25
    Internal 1
    Latitude 47.63333
    type "Node"
  ]
  node [
    id 36
    label "Botosani"
    Country "Romania"
    Longitude 26.66667
    Internal 1
    Latitude 47.75
    type "Node"
  ]
  node [
    id 37
    label "Iasi"
    Country "Romania"
    Longitude 27.6
    Internal 1
    Latitude 47.16667
    type "NOC"
  ]
  node [
    id 38
    label "Caras-Severin"
    Country "Romania"
    Longitude 21.88917
    Internal 1
    Latitude 45.30083
    type "Node"
  ]
  node [
    id 39
    label "Mehedinti"
    Country "Romania"
    Longitude 22.65611
    Internal 1
    Latitude 44.63194
    type "Node"
  ]
  node [
    id 40
    label "Satu Mare"
    Country "Romania"
    Longitude 22.88333
    Internal 1
    Latitude 47.8
    type "Node"
  ]
  node [
    id 41
    label "Maramures"
    Country "Romania"
    Longitude 23.56808
    Internal 1
    Latitude 47.65729
    type "Node"
  ]
  node [
    id 42
    label "Cluj"
    Country "Romania"
    Longitude 23.6
    Internal 1
    Latitude 46.76667
    type "NOC"
  ]
  node [
    id 43
    label "Salaj"
    Country "Romania"
    Longitude 23.05
    Internal 1
    Latitude 47.2
    type "Blue dashed node"
  ]
  node [
    id 44
    label "Bihor"
    Country "Romania"
    Longitude 21.93333
    Internal 1
    Latitude 47.06667
    type "Node"
  ]
  node [
    id 45
    label "Arad"
    Country "Romania"
    Longitude 21.31667
    Internal 1
    Latitude 46.18333
    type "Node"
  ]
  node [
    id 46
    label "Timis"
    Country "Romania"
    Longitude 21.22722
    Internal 1
    Latitude 45.74944
    type "NOC"
  ]
  node [
    id 47
    label "Hunedora"
    Country "Romania"
    Longitude 22.9
    Internal 1
    Latitude 45.75
    type "Node"
  ]
  edge [
    source 0
    target 1
    LinkLabel "Blue Dashed"
  ]
  edge [
    source 0
    target 2
    id "e16"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Blue Dashed"
  ]
  edge [
    source 0
    target 4
    id "e18"
  ]
  edge [
    source 0
    target 39
    id "e15"
  ]
  edge [
    source 2
    target 47
    id "e13"
  ]
  edge [
    source 4
    target 6
    LinkLabel "Blue Dashed"
  ]
  edge [
    source 4
    target 7
    id "e21"
  ]
  edge [
    source 4
    target 16
    id "e22"
  ]
  edge [
    source 4
    target 26
    id "e24"
  ]
  edge [
    source 4
    target 27
    id "e23"
  ]
  edge [
    source 5
    target 27
    id "e25"
  ]
  edge [
    source 8
    target 27
    id "e26"
  ]
  edge [
    source 9
    target 27
    id "e27"
  ]
  edge [
    source 10
    target 11
    id "e49"
  ]
  edge [
    source 11
    target 13
    id "e41"
  ]
  edge [
    source 12
    target 25
    id "e38"
  ]
  edge [
    source 12
    target 47
    id "e14"
  ]
  edge [
    source 13
    target 24
    id "e40"
  ]
  edge [
    source 13
    target 16
    id "e39"
  ]
  edge [
    source 14
    target 21
    id "e42"
  ]
  edge [
    source 14
    target 15
    id "e43"
  ]
  edge [
    source 15
    target 16
    id "e44"
  ]
  edge [
    source 16
    target 17
    id "e45"
  ]
  edge [
    source 17
    target 18
    id "e46"
  ]
  edge [
    source 18
    target 19
    id "e47"
  ]
  edge [
    source 19
    target 23
    id "e48"
  ]
  edge [
    source 20
    target 37
    id "e33"
  ]
  edge [
    source 21
    target 25
    id "e50"
  ]
  edge [
    source 22
    target 41
    id "e2"
  ]
  edge [
    source 22
    target 42
    id "e5"
  ]
  edge [
    source 22
    target 35
    id "e37"
  ]
  edge [
    source 23
    target 35
    id "e36"
  ]
  edge [
    source 23
    target 36
    id "e35"
  ]
  edge [
    source 24
    target 25
    id "e51"
  ]
  edge [
    source 25
    target 42
    id "e6"
  ]
  edge [
    source 27
    target 33
    id "e28"
  ]
  edge [
    source 28
    target 42
    id "e8"
  ]
  edge [
    source 29
    target 42
    LinkLabel "Blue Dashed"
  ]
  edge [
    source 30
    target 37
    id "e32"
  ]
  edge [
    source 30
    target 31
    id "e31"
  ]
  edge [
    source 31
    target 32
    LinkLabel "Blue Dashed"
  ]
  edge [
    source 31
    target 33
    id "e29"
  ]
  edge [
    source 34
    target 37
    LinkLabel "Blue Dashed"
  ]
  edge [
    source 38
    target 46
    id "e12"
  ]
  edge [
    source 40
    target 41
    id "e0"
  ]
  edge [
    source 40
    target 44
    id "e1"
  ]
  edge [
    source 42
    target 43
    LinkLabel "Blue Dashed"
  ]
  edge [
    source 42
    target 44
    id "e4"
  ]
  edge [
    source 44
    target 45
    id "e9"
  ]
  edge [
    source 45
    target 46
    id "e10"
  ]
  edge [
    source 45
    target 47
    id "e11"
  ]
]
