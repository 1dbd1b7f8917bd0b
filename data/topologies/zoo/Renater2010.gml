graph [
  DateObtained "1/02/11"
  GeoLocation "France"
  GeoExtent "Country"
  Network "Renater"
  Provenance "Primary"
  Note "Very hard to work out but they do appear to have 'customers', rather than acting as an ISP"
  Source "http://www.renater.fr/IMG/pdf/Poster_RENATER_aout2010.pdf"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Renater2010"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "1/02/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Bordeaux"
    Country "France"
    Longitude -0.56667
    Internal 1
    Latitude 44.83333
    type "Noueds RENATER"
  ]
  node [
    id 1
    label "Pau"
    Country "France"
    Longitude -0.36667
    Internal 1
    Latitude 43.3
    type "Noueds RENATER"
  ]
  node [
    id 2
    label "Orleans"
    Country "France"
    Longitude 1.9
    Internal 1
    Latitude 47.91667
    type "Noueds RENATER"
  ]
  node [
    id 3
    label "Limoges"
    Country "France"
    Longitude 1.2578
    Internal 1
    Latitude 45.83153
    type "Noueds RENATER"
  ]
  node [
    id 4
    label "Clermont-Ferrand"
    Country "France"
    Longitude 3.08333
    Internal 1
    Latitude 45.78333
    type "Noueds RENATER"
  ]
  node [
    id 5
    label "Dijon"
    Country "France"
    Longitude 5.01667
    Internal 1
    Latitude 47.31667
    type "Noueds RENATER"
  ]
  node [
    id 6
    label "Toulouse"
    Country "France"
    Longitude 1.44367
    Internal 1
    Latitude 43.60426
    type "Noueds RENATER"
  ]
  node [
    id 7
    label "Montpellier"
    Country "France"
    Longitude 3.88333
    Internal 1
    Latitude 43.6
    type "Noueds RENATER"
  ]
  node [
    id 8
    label "Besancon"
    Country "France"
    Longitude 6.03333
    Internal 1
    Latitude 47.25
    type "Noueds RENATER"
  ]
  node [
    id 9
    label "Grenoble"
    Country "France"
    Longitude 5.71667
    Internal 1
    Latitude 45.16667
    type "Noueds RENATER"
  ]
  node [
    id 10
    label "Lannion"
    Country "France"
    Longitude -3.46667
    Internal 1
    Latitude 48.73333
    type "Noueds RENATER"
  ]
  node [
    id 11
    label "Brest"
    Country "France"
    Longitude -4.48333
    Internal 1
    Latitude 48.4
    type "Noueds RENATER"
  ]
  node [
    id 12
    label "Le Mans"
    Country "France"
    Longitude 0.2
    Internal 1
    Latitude 48.0
    type "Noueds RENATER"
  ]
  node [
    id 13
    label "Tours"
    Country "France"
    Longitude 0.68333
    Internal 1
    Latitude 47.38333
    type "Noueds RENATER"
  ]
  node [
    id 14
    label "Vierzon"
    Country "France"
    Longitude 2.08333
    Internal 1
    Latitude 47.21667
    type "Noueds RENATER"
  ]
  node [
    id 15
    label "Geneve"
    Country "Switzerland"
    Longitude 6.46906
    Internal 1
    Latitude 46.43774
    type "Noueds RENATER"
  ]
  node [
    id 16
    label "Vannes"
    Country "France"
    Longitude -2.75
    Internal 1
    Latitude 47.66667
    type "Noueds RENATER"
  ]
  node [
    id 17
    label "Loreient"
    Country "France"
    Longitude -3.36667
    Internal 1
    Latitude 47.75
    type "Noueds RENATER"
  ]
  node [
    id 18
    label "Quimper"
    Country "France"
    Longitude -4.1
    Internal 1
    Latitude 48.0
    type "Noueds RENATER"
  ]
  node [
    id 19
    label "Saint-Brieuc"
    Country "France"
    Longitude -2.78333
    Internal 1
    Latitude 48.51667
    type "Noueds RENATER"
  ]
  node [
    id 20
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 21
    label "Outre Mer: Nouvelle Caledonie, Polynesie Francaise, La Reunion"
    Internal 0
  ]
  node [
    id 22
    label "Mayotte, Guadeloupe, Martinique, Guyane"
    Internal 0
  ]
  node [
    id 23
    label "Angers"
    Country "France"
    Longitude -0.55
    Internal 1
    Latitude 47.46667
    type "Noueds RENATER"
  ]
  node [
    id 24
    label "Geant2"
    Internal 0
  ]
  node [
    id 25
    label "Corte"
    Country "France"
    Longitude 9.15
    Internal 1
    Latitude 42.3
    type "Noueds RENATER"
  ]
  node [
    id 26
    label "Cadarache"
    Country "France"
    Longitude 5.75
    Internal 1
    Latitude 43.7
    type "Noueds RENATER"
  ]
  node [
    id 27
    label "Marseille"
    Country "France"
    Longitude 5.4
    Internal 1
    Latitude 43.3
    type "Noueds RENATER"
  ]
  node [
    id 28
    label "Nice"
    Country "France"
    Longitude 7.26608
    Internal 1
    Latitude 43.70313
    type "Noueds RENATER"
  ]
  node [
    id 29
    label "SFINX"
    Internal 0
  ]
  node [
    id 30
    label "Internet mondial"
    Internal 0
  ]
  node [
    id 31
    label "Lyon"
    Country "France"
    Longitude 4.85
    Internal 1
    Latitude 45.75
    type "Noeuds RENATER Internationaux"
  ]
  node [
    id 32
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    type "Noeuds RENATER Internationaux"
  ]
  node [
    id 33
    label "Nantes"
    Country "France"
    Longitude -1.55336
    Internal 1
    Latitude 47.21725
    type "Noueds RENATER"
  ]
  node [
    id 34
    label "Poiters"
    Country "France"
    Longitude 0.33333
    Internal 1
    Latitude 46.58333
    type "Noueds RENATER"
  ]
  node [
    id 35
    label "Strasbourg"
    Country "France"
    Longitude 7.75
    Internal 1
    Latitude 48.58333
    type "Noueds RENATER"
  ]
  node [
    id 36
    label "Nancy"
    Country "France"
    Longitude 6.2
    Internal 1
    Latitude 48.68333
    type "Noueds RENATER"
  ]
  node [
    id 37
    label "Reims"
    Country "France"
    Longitude 4.03333
    Internal 1
    Latitude 49.25
    type "Noueds RENATER"
  ]
  node [
    id 38
    label "Compiegne"
    Country "France"
    Longitude 2.82606
    Internal 1
    Latitude 49.41794
    type "Noueds RENATER"
  ]
  node [
    id 39
    label "Lille"
    Country "France"
    Longitude 3.06667
    Internal 1
    Latitude 50.63333
    type "Noueds RENATER"
  ]
  node [
    id 40
    label "Rouen"
    Country "France"
    Longitude 1.09932
    Internal 1
    Latitude 49.44313
    type "Noueds RENATER"
  ]
  node [
    id 41
    label "Caen"
    Country "France"
    Longitude -0.35912
    Internal 1
    Latitude 49.18585
    type "Noueds RENATER"
  ]
  node [
    id 42
    label "Rennes"
    Country "France"
    Longitude -1.68333
    Internal 1
    Latitude 48.08333
    type "Noueds RENATER"
  ]
  edge [
    source 0
    target 33
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 0
    target 34
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 0
    target 4
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 0
    target 6
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 0
    target 1
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 32
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 34
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 13
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 14
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 3
    target 34
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 3
    target 4
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 4
    target 31
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 5
    target 8
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 5
    target 31
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 7
    target 27
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 8
    target 35
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 9
    target 26
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 9
    target 15
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 9
    target 31
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 10
    target 11
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 10
    target 19
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 11
    target 18
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 12
    target 13
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 12
    target 23
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 15
    target 31
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 16
    target 33
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 16
    target 17
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 17
    target 18
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 19
    target 42
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 20
    target 32
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 20
    target 21
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 20
    target 22
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 22
    target 31
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 23
    target 33
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 24
    target 32
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 25
    target 27
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 26
    target 27
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 26
    target 28
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 27
    target 28
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 27
    target 31
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 29
    target 32
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 30
    target 32
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 30
    target 31
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 31
    target 32
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 32
    target 37
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 32
    target 38
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 32
    target 39
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 32
    target 40
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 33
    target 42
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 35
    target 36
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 36
    target 37
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 38
    target 39
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 40
    target 41
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 41
    target 42
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
]
