graph [
  DateObtained "1/02/11"
  GeoLocation "France"
  GeoExtent "Country"
  Network "Renater"
  Provenance "Secondary"
  Note "Very hard to work out but they do appear to have 'customers', rather than acting as an ISP"
  Source "http://replay.waybackmachine.org/20061116041501im_/http://www.renater.fr/IMG/gif/carteRENATER-4.gif"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Renater2006"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "11"
  LastAccess "1/02/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2006_11"
  DateYear "2006"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Bordeaux"
    Country "France"
    Longitude -0.56667
    Internal 1
    Latitude 44.83333
    type "NR"
  ]
  node [
    id 1
    label "Pau"
    Country "France"
    Longitude -0.36667
    Internal 1
    Latitude 43.3
    type "NR"
  ]
  node [
    id 2
    label "Orleans"
    Country "France"
    Longitude 1.9
    Internal 1
    Latitude 47.91667
    type "NR"
  ]
  node [
    id 3
    label "Limoges"
    Country "France"
    Longitude 1.2578
    Internal 1
    Latitude 45.83153
    type "NR"
  ]
  node [
    id 4
    label "Clermont-Ferrand"
    Country "France"
    Longitude 3.08333
    Internal 1
    Latitude 45.78333
    type "NR"
  ]
  node [
    id 5
    label "Dijon"
    Country "France"
    Longitude 5.01667
    Internal 1
    Latitude 47.31667
    type "NR"
  ]
  node [
    id 6
    label "Toulouse"
    Country "France"
    Longitude 1.44367
    Internal 1
    Latitude 43.60426
    type "NR"
  ]
  node [
    id 7
    label "Montpellier"
    Country "France"
    Longitude 3.88333
    Internal 1
    Latitude 43.6
    type "NR"
  ]
  node [
    id 8
    label "Besancon"
    Country "France"
    Longitude 6.03333
    Internal 1
    Latitude 47.25
    type "NR"
  ]
  node [
    id 9
    label "CERN"
    Internal 1
    type "NR"
  ]
  node [
    id 10
    label "Martinique, Guadeloupe, Guyane"
    Internal 0
  ]
  node [
    id 11
    label "SFINX"
    Internal 0
  ]
  node [
    id 12
    label "Geant2"
    Internal 0
  ]
  node [
    id 13
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 14
    label "La Reunion, Nouvelle Caledonie, Mayotte, Tahiti"
    Internal 0
  ]
  node [
    id 15
    label "Cadarache"
    Country "France"
    Longitude 5.75
    Internal 1
    Latitude 43.7
    type "NR"
  ]
  node [
    id 16
    label "Marseille"
    Country "France"
    Longitude 5.4
    Internal 1
    Latitude 43.3
    type "NR"
  ]
  node [
    id 17
    label "Nice"
    Country "France"
    Longitude 7.26608
    Internal 1
    Latitude 43.70313
    type "NR"
  ]
  node [
    id 18
    label "Grenoble"
    Country "France"
    Longitude 5.71667
    Internal 1
    Latitude 45.16667
    type "NR"
  ]
  node [
    id 19
    label "Internet mondial"
    Internal 0
  ]
  node [
    id 20
    label "Lyon"
    Country "France"
    Longitude 4.85
    Internal 1
    Latitude 45.75
    type "NRI"
  ]
  node [
    id 21
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    type "NRI"
  ]
  node [
    id 22
    label "Corte"
    Country "France"
    Longitude 9.15
    Internal 1
    Latitude 42.3
    type "NR"
  ]
  node [
    id 23
    label "Nantes"
    Country "France"
    Longitude -1.55336
    Internal 1
    Latitude 47.21725
    type "NR"
  ]
  node [
    id 24
    label "Poiters"
    Country "France"
    Longitude 0.33333
    Internal 1
    Latitude 46.58333
    type "NR"
  ]
  node [
    id 25
    label "Strasbourg"
    Country "France"
    Longitude 7.75
    Internal 1
    Latitude 48.58333
    type "NR"
  ]
  node [
    id 26
    label "Nancy"
    Country "France"
    Longitude 6.2
    Internal 1
    Latitude 48.68333
    type "NR"
  ]
  node [
    id 27
    label "Reims"
    Country "France"
    Longitude 4.03333
    Internal 1
    Latitude 49.25
    type "NR"
  ]
  node [
    id 28
    label "Compiegne"
    Country "France"
    Longitude 2.82606
    Internal 1
    Latitude 49.41794
    type "NR"
  ]
  node [
    id 29
    label "Lille"
    Country "France"
    Longitude 3.06667
    Internal 1
    Latitude 50.63333
    type "NR"
  ]
  node [
    id 30
    label "Rouen"
    Country "France"
    Longitude 1.09932
    Internal 1
    Latitude 49.44313
    type "NR"
  ]
  node [
    id 31
    label "Caen"
    Country "France"
    Longitude -0.35912
    Internal 1
    Latitude 49.18585
    type "NR"
  ]
  node [
    id 32
    label "Rennes"
    Country "France"
    Longitude -1.68333
    Internal 1
    Latitude 48.08333
    type "NR"
  ]
  edge [
    source 0
    target 24
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 0
    target 1
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 0
    target 6
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 24
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 21
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 3
    target 24
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 3
    target 4
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 20
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 5
    target 8
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 5
    target 20
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 7
    target 16
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 7
    target 20
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 8
    target 25
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 8
    target 20
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 9
    target 20
    LinkLabel "Liaisons projets de recherche"
  ]
  edge [
    source 10
    target 20
    id "e39"
  ]
  edge [
    source 10
    target 13
    id "e42"
  ]
  edge [
    source 11
    target 21
    id "e34"
  ]
  edge [
    source 12
    target 21
    id "e35"
  ]
  edge [
    source 13
    target 21
    id "e38"
  ]
  edge [
    source 13
    target 14
    id "e41"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Liaison projets a venir"
  ]
  edge [
    source 16
    target 17
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 16
    target 22
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 17
    target 18
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 18
    target 20
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 19
    target 20
    id "e40"
  ]
  edge [
    source 19
    target 21
    id "e37"
  ]
  edge [
    source 20
    target 21
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 21
    target 24
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 21
    target 27
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 21
    target 28
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 21
    target 29
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 21
    target 30
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 23
    target 24
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 23
    target 32
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 25
    target 26
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 26
    target 27
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 28
    target 29
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 30
    target 31
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 31
    target 32
    LinkSpeed "2.5"
    LinkNote " it/s"
    LinkLabel "2.5 Gbit/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
]
