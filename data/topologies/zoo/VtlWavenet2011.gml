graph [
  DateObtained "3/02/11"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "Viatel"
  Provenance "Primary"
  Note "Some town names found using maps (St Christophe, St Martin, Linz, Kappela, Fos, Snow Hill). Unsure about Snow Hill, closest approximate match used.  Pichegu from http://www.brl.fr/extension-du-reseau-ethernet-de-la-station-de-pichegu-vers-baisse-redonne-et-la-prise-au-rhone-27-34-401-d-27.html"
  Source "http://www.vtlwavenet.com/assets/network%20A4%20size%20compressed%20small.pdf"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "VtlWavenet2011"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "02"
  LastAccess "3/02/11"
  Access 0
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2011_02"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Ependes"
    Country "Switzerland"
    Longitude 7.14609
    Internal 1
    Latitude 46.75368
    type "Transmission Site"
  ]
  node [
    id 1
    label "Olten"
    Country "Switzerland"
    Longitude 7.90329
    Internal 1
    Latitude 47.34999
    type "Transmission Site"
  ]
  node [
    id 2
    label "Souppes"
    Country "France"
    Longitude 2.73333
    Internal 1
    Latitude 48.18333
    type "Transmission Site"
  ]
  node [
    id 3
    label "Briare"
    Country "France"
    Longitude 2.7438
    Internal 1
    Latitude 47.63343
    type "Transmission Site"
  ]
  node [
    id 4
    label "Nevers"
    Country "France"
    Longitude 3.159
    Internal 1
    Latitude 46.98956
    type "Transmission Site"
  ]
  node [
    id 5
    label "Bourbon"
    Country "France"
    Longitude 3.76953
    Internal 1
    Latitude 46.62214
    type "Transmission Site"
  ]
  node [
    id 6
    label "Charolles"
    Country "France"
    Longitude 4.28333
    Internal 1
    Latitude 46.43333
    type "Transmission Site"
  ]
  node [
    id 7
    label "Belleville"
    Country "France"
    Longitude 4.75
    Internal 1
    Latitude 46.1
    type "Transmission Site"
  ]
  node [
    id 8
    label "Sault Brenaz"
    Country "France"
    Longitude 5.41667
    Internal 1
    Latitude 45.85
    type "Transmission Site"
  ]
  node [
    id 9
    label "Lavours"
    Country "France"
    Longitude 5.76667
    Internal 1
    Latitude 45.8
    type "Transmission Site"
  ]
  node [
    id 10
    label "Lyon"
    Country "France"
    Longitude 4.85
    Internal 1
    Latitude 45.75
    type "Point of Presence"
  ]
  node [
    id 11
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 12
    label "Montfaucon"
    geocode_append "Arrondissement de Nimes"
    Country "France"
    Longitude 4.75
    Internal 1
    Latitude 44.08333
    type "Transmission Site"
  ]
  node [
    id 13
    label "Antwerp (NMBS)"
    Country "Belgium"
    Longitude 4.41667
    Internal 1
    Latitude 51.21667
    type "Point of Presence"
  ]
  node [
    id 14
    label "Toulouse"
    Country "France"
    Longitude 1.44367
    Internal 1
    Latitude 43.60426
    type "Point of Presence"
  ]
  node [
    id 15
    label "Brussels MIDI (NMBS)"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
    type "Point of Presence"
  ]
  node [
    id 16
    label "Marseille"
    Country "France"
    Longitude 5.38107
    Internal 1
    Latitude 43.29695
    type "Point of Presence"
  ]
  node [
    id 17
    label "Bordeaux"
    Country "France"
    Longitude -0.56667
    Internal 1
    Latitude 44.83333
    type "Point of Presence"
  ]
  node [
    id 18
    label "Luzern"
    Country "Switzerland"
    Longitude 8.30635
    Internal 1
    Latitude 47.05048
    type "Transmission Site"
  ]
  node [
    id 19
    label "Milan"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
    type "Point of Presence"
  ]
  node [
    id 20
    label "Azy-sur-Marne"
    Country "France"
    Longitude 3.36786
    Internal 1
    Latitude 49.00202
    type "Transmission Site"
  ]
  node [
    id 21
    label "Meaux"
    Country "France"
    Longitude 2.86667
    Internal 1
    Latitude 48.95
    type "Transmission Site"
  ]
  node [
    id 22
    label "Revigny"
    Country "France"
    Longitude 4.98333
    Internal 1
    Latitude 48.83333
    type "Transmission Site"
  ]
  node [
    id 23
    label "Conde-sur-Marne"
    Country "France"
    Longitude 4.18333
    Internal 1
    Latitude 49.05
    type "Transmission Site"
  ]
  node [
    id 24
    label "Leers-Nord Estampuis"
    Country "France"
    Longitude 3.25
    Internal 1
    Latitude 50.68333
    type "Transmission Site"
  ]
  node [
    id 25
    label "Antoing (NMBS)"
    Country "Belgium"
    Longitude 3.4492
    Internal 1
    Latitude 50.56765
    type "Transmission Site"
  ]
  node [
    id 26
    label "Thourotte"
    Country "France"
    Longitude 2.8821
    Internal 1
    Latitude 49.47591
    type "Transmission Site"
  ]
  node [
    id 27
    label "Courrieres"
    Country "France"
    Longitude 2.93333
    Internal 1
    Latitude 50.45
    type "Transmission Site"
  ]
  node [
    id 28
    label "Gent"
    Country "Belgium"
    Longitude 3.71667
    Internal 1
    Latitude 51.05
    type "Transmission Site"
  ]
  node [
    id 29
    label "Antwerp"
    Country "Belgium"
    Longitude 4.41667
    Internal 1
    Latitude 51.21667
    type "Transmission Site"
  ]
  node [
    id 30
    label "Altdorf"
    Country "Switzerland"
    Longitude 8.65
    Internal 1
    Latitude 46.88333
    type "Transmission Site"
  ]
  node [
    id 31
    label "Monte Carasso"
    Country "Switzerland"
    Longitude 8.99892
    Internal 1
    Latitude 46.18649
    type "Transmission Site"
  ]
  node [
    id 32
    label "Bern"
    Country "Switzerland"
    Longitude 7.44744
    Internal 1
    Latitude 46.94809
    type "Point of Presence"
  ]
  node [
    id 33
    label "Zurich"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
    type "Point of Presence"
  ]
  node [
    id 34
    label "Basel"
    Country "Switzerland"
    Longitude 7.6
    Internal 1
    Latitude 47.56667
    type "Point of Presence"
  ]
  node [
    id 35
    label "Nancy"
    Country "France"
    Longitude 6.2
    Internal 1
    Latitude 48.68333
    type "Point of Presence"
  ]
  node [
    id 36
    label "Strasbourg"
    Country "France"
    Longitude 7.75
    Internal 1
    Latitude 48.58333
    type "Point of Presence"
  ]
  node [
    id 37
    label "Mannheim"
    Country "Germany"
    Longitude 8.46472
    Internal 1
    Latitude 49.48833
    type "Point of Presence"
  ]
  node [
    id 38
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
    type "Point of Presence"
  ]
  node [
    id 39
    label "Internexion"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
    type "Point of Presence"
  ]
  node [
    id 40
    label "Paris La Defense"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    type "Point of Presence"
  ]
  node [
    id 41
    label "Geneva"
    Country "Switzerland"
    Longitude 6.14569
    Internal 1
    Latitude 46.20222
    type "Point of Presence"
  ]
  node [
    id 42
    label "Egham"
    Country "United Kingdom"
    Longitude -0.56667
    Internal 1
    Latitude 51.41667
    type "Point of Presence"
  ]
  node [
    id 43
    label "London Telehouse North"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "Point of Presence"
  ]
  node [
    id 44
    label "Lowestoft"
    Country "United Kingdom"
    Longitude 1.75
    Internal 1
    Latitude 52.48333
    type "Point of Presence"
  ]
  node [
    id 45
    label "Amsterdam (Schipluidlaan/Deflandlaan)"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
    type "Point of Presence"
  ]
  node [
    id 46
    label "Paris (35Rdj)"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    type "Point of Presence"
  ]
  node [
    id 47
    label "Biaches"
    Country "France"
    Longitude 2.91667
    Internal 1
    Latitude 49.91667
    type "Point of Presence"
  ]
  node [
    id 48
    label "Amiens"
    Country "France"
    Longitude 2.3
    Internal 1
    Latitude 49.9
    type "Point of Presence"
  ]
  node [
    id 49
    label "Crawley"
    Country "United Kingdom"
    Longitude -0.18312
    Internal 1
    Latitude 51.11303
    type "Point of Presence"
  ]
  node [
    id 50
    label "Rotterdam"
    Country "Netherlands"
    Longitude 4.47917
    Internal 1
    Latitude 51.9225
    type "Point of Presence"
  ]
  node [
    id 51
    label "Brussels Tollaan"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
    type "Point of Presence"
  ]
  node [
    id 52
    label "Grisolles"
    Country "France"
    Longitude 1.29673
    Internal 1
    Latitude 43.8292
    type "Transmission Site"
  ]
  node [
    id 53
    label "Bon-Encontre"
    Country "France"
    Longitude 0.68333
    Internal 1
    Latitude 44.18333
    type "Transmission Site"
  ]
  node [
    id 54
    label "Blois"
    Country "France"
    Longitude 1.33333
    Internal 1
    Latitude 47.58333
    type "Transmission Site"
  ]
  node [
    id 55
    label "Nambsheim"
    Country "France"
    Longitude 7.55
    Internal 1
    Latitude 47.91667
    type "Transmission Site"
  ]
  node [
    id 56
    label "Availles (Poiters)"
    Country "France"
    Longitude 0.33333
    Internal 1
    Latitude 46.58333
    type "Transmission Site"
  ]
  node [
    id 57
    label "Veretz (Tours)"
    Country "France"
    Longitude 0.68333
    Internal 1
    Latitude 47.38333
    type "Transmission Site"
  ]
  node [
    id 58
    label "Nersac"
    Country "France"
    Longitude 0.05
    Internal 1
    Latitude 45.63333
    type "Transmission Site"
  ]
  node [
    id 59
    label "Blanzay"
    Country "France"
    Longitude -0.43333
    Internal 1
    Latitude 46.05
    type "Transmission Site"
  ]
  node [
    id 60
    label "Meilhan"
    Country "France"
    Longitude 0.03333
    Internal 1
    Latitude 44.51667
    type "Transmission Site"
  ]
  node [
    id 61
    label "St-Christophe"
    Country "France"
    Longitude -0.1
    Internal 1
    Latitude 44.88333
    type "Transmission Site"
  ]
  node [
    id 62
    label "Andancette"
    Country "France"
    Longitude 4.8
    Internal 1
    Latitude 45.23333
    type "Transmission Site"
  ]
  node [
    id 63
    label "Dusseldorf"
    Country "Germany"
    Longitude 6.77616
    Internal 1
    Latitude 51.22172
    type "Point of Presence"
  ]
  node [
    id 64
    label "Cazan"
    Country "France"
    Longitude 5.20709
    Internal 1
    Latitude 43.69084
    type "Transmission Site"
  ]
  node [
    id 65
    label "Montelimar"
    Country "France"
    Longitude 4.75
    Internal 1
    Latitude 44.56667
    type "Transmission Site"
  ]
  node [
    id 66
    label "Pichegu"
    Country "France"
    Longitude 4.51667
    Internal 1
    Latitude 43.75
    type "Transmission Site"
  ]
  node [
    id 67
    label "Fos"
    Country "France"
    Longitude 4.94457
    Internal 1
    Latitude 43.43774
    type "Transmission Site"
  ]
  node [
    id 68
    label "Poilhes"
    Country "France"
    Longitude 3.08333
    Internal 1
    Latitude 43.31667
    type "Transmission Site"
  ]
  node [
    id 69
    label "Sete (Montpellier)"
    Country "France"
    Longitude 3.88333
    Internal 1
    Latitude 43.6
    type "Transmission Site"
  ]
  node [
    id 70
    label "Avignonet"
    Country "France"
    Longitude 1.8
    Internal 1
    Latitude 43.36667
    type "Transmission Site"
  ]
  node [
    id 71
    label "Marseillette"
    Country "France"
    Longitude 2.55
    Internal 1
    Latitude 43.2
    type "Transmission Site"
  ]
  node [
    id 72
    label "Artenay (Orleans)"
    Country "France"
    Longitude 1.9
    Internal 1
    Latitude 47.91667
    type "Transmission Site"
  ]
  node [
    id 73
    label "St-Martin"
    geocode_append "Saint-Martin-en-Biere"
    Country "France"
    Longitude 2.56667
    Internal 1
    Latitude 48.43333
    type "Transmission Site"
  ]
  node [
    id 74
    label "Snow Hill"
    Country "United Kingdom"
    Longitude 0.58167
    Internal 1
    Latitude 52.07861
    type "Transmission Site"
  ]
  node [
    id 75
    label "Pakenham"
    Country "United Kingdom"
    Longitude 0.82103
    Internal 1
    Latitude 52.27051
    type "Transmission Site"
  ]
  node [
    id 76
    label "Zandvoort"
    Country "Netherlands"
    Longitude 4.53409
    Internal 1
    Latitude 52.37487
    type "Transmission Site"
  ]
  node [
    id 77
    label "Essen"
    geocode_append "Belgium"
    Country "Belgium"
    Longitude 4.45393
    Internal 1
    Latitude 51.46272
    type "Transmission Site"
  ]
  node [
    id 78
    label "Corbeil"
    Country "France"
    Longitude 2.48333
    Internal 1
    Latitude 48.6
    type "Transmission Site"
  ]
  node [
    id 79
    label "L'Isle Adam"
    Country "France"
    Longitude 2.22818
    Internal 1
    Latitude 49.10744
    type "Transmission Site"
  ]
  node [
    id 80
    label "Cayeux-sur-Mer"
    Country "France"
    Longitude 1.494
    Internal 1
    Latitude 50.182
    type "Transmission Site"
  ]
  node [
    id 81
    label "Polegate"
    Country "United Kingdom"
    Longitude 0.23333
    Internal 1
    Latitude 50.8
    type "Transmission Site"
  ]
  node [
    id 82
    label "Xouxange"
    Country "France"
    Longitude 7.0
    Internal 1
    Latitude 48.7
    type "Transmission Site"
  ]
  node [
    id 83
    label "Troussey"
    Country "France"
    Longitude 5.7
    Internal 1
    Latitude 48.7
    type "Transmission Site"
  ]
  node [
    id 84
    label "Elten"
    Country "Germany"
    Longitude 6.15
    Internal 1
    Latitude 51.86667
    type "Transmission Site"
  ]
  node [
    id 85
    label "Leersum/Doorn??"
    Country "Netherlands"
    Longitude 5.42778
    Internal 1
    Latitude 52.01167
    type "Transmission Site"
  ]
  node [
    id 86
    label "Kapella"
    Country "Germany"
    Longitude 6.36667
    Internal 1
    Latitude 51.56667
    type "Transmission Site"
  ]
  node [
    id 87
    label "Porz"
    Country "Germany"
    Longitude 7.05
    Internal 1
    Latitude 50.88333
    type "Transmission Site"
  ]
  node [
    id 88
    label "Linz"
    Country "Germany"
    Longitude 7.28333
    Internal 1
    Latitude 50.56667
    type "Transmission Site"
  ]
  node [
    id 89
    label "Dernbach"
    Country "Germany"
    Longitude 7.6
    Internal 1
    Latitude 50.55
    type "Transmission Site"
  ]
  node [
    id 90
    label "Naurod"
    Country "Germany"
    Longitude 8.3
    Internal 1
    Latitude 50.13333
    type "Transmission Site"
  ]
  node [
    id 91
    label "Berg"
    Country "France"
    Longitude 7.16667
    Internal 1
    Latitude 48.9
    type "Transmission Site"
  ]
  edge [
    source 0
    target 32
    id "e54"
  ]
  edge [
    source 0
    target 41
    id "e55"
  ]
  edge [
    source 1
    target 32
    id "e57"
  ]
  edge [
    source 1
    target 33
    id "e56"
  ]
  edge [
    source 2
    target 3
    id "e45"
  ]
  edge [
    source 2
    target 78
    id "e40"
  ]
  edge [
    source 3
    target 4
    id "e46"
  ]
  edge [
    source 4
    target 5
    id "e47"
  ]
  edge [
    source 5
    target 6
    id "e48"
  ]
  edge [
    source 6
    target 7
    id "e49"
  ]
  edge [
    source 7
    target 11
    id "e50"
  ]
  edge [
    source 8
    target 9
    id "e52"
  ]
  edge [
    source 8
    target 11
    id "e51"
  ]
  edge [
    source 9
    target 41
    id "e53"
  ]
  edge [
    source 10
    target 11
    id "e92"
  ]
  edge [
    source 10
    target 62
    id "e81"
  ]
  edge [
    source 12
    target 64
    id "e77"
  ]
  edge [
    source 12
    target 65
    id "e79"
  ]
  edge [
    source 13
    target 29
    id "e27"
  ]
  edge [
    source 13
    target 77
    id "e30"
  ]
  edge [
    source 14
    target 52
    id "e69"
  ]
  edge [
    source 14
    target 70
    id "e70"
  ]
  edge [
    source 15
    target 25
    id "e25"
  ]
  edge [
    source 15
    target 51
    id "e91"
  ]
  edge [
    source 16
    target 64
    id "e78"
  ]
  edge [
    source 16
    target 67
    id "e76"
  ]
  edge [
    source 17
    target 60
    id "e67"
  ]
  edge [
    source 17
    target 61
    id "e65"
  ]
  edge [
    source 18
    target 33
    id "e85"
  ]
  edge [
    source 18
    target 30
    id "e94"
  ]
  edge [
    source 19
    target 31
    id "e93"
  ]
  edge [
    source 20
    target 21
    id "e17"
  ]
  edge [
    source 20
    target 23
    id "e16"
  ]
  edge [
    source 21
    target 46
    id "e18"
  ]
  edge [
    source 22
    target 83
    id "e14"
  ]
  edge [
    source 22
    target 23
    id "e15"
  ]
  edge [
    source 24
    target 25
    id "e23"
  ]
  edge [
    source 24
    target 27
    id "e21"
  ]
  edge [
    source 24
    target 28
    id "e24"
  ]
  edge [
    source 26
    target 79
    id "e19"
  ]
  edge [
    source 26
    target 47
    id "e20"
  ]
  edge [
    source 27
    target 47
    id "e22"
  ]
  edge [
    source 28
    target 51
    id "e26"
  ]
  edge [
    source 29
    target 51
    id "e28"
  ]
  edge [
    source 30
    target 31
    id "e95"
  ]
  edge [
    source 33
    target 34
    id "e84"
  ]
  edge [
    source 34
    target 55
    id "e58"
  ]
  edge [
    source 35
    target 82
    id "e11"
  ]
  edge [
    source 35
    target 83
    id "e13"
  ]
  edge [
    source 36
    target 82
    id "e12"
  ]
  edge [
    source 36
    target 91
    id "e10"
  ]
  edge [
    source 36
    target 55
    id "e59"
  ]
  edge [
    source 37
    target 91
    id "e9"
  ]
  edge [
    source 37
    target 39
    id "e83"
  ]
  edge [
    source 38
    target 90
    id "e8"
  ]
  edge [
    source 38
    target 39
    id "e82"
  ]
  edge [
    source 40
    target 46
    id "e86"
  ]
  edge [
    source 40
    target 79
    id "e39"
  ]
  edge [
    source 42
    target 49
    id "e88"
  ]
  edge [
    source 42
    target 43
    id "e89"
  ]
  edge [
    source 43
    target 74
    id "e35"
  ]
  edge [
    source 44
    target 75
    id "e33"
  ]
  edge [
    source 44
    target 76
    id "e31"
  ]
  edge [
    source 45
    target 50
    id "e90"
  ]
  edge [
    source 45
    target 76
    id "e32"
  ]
  edge [
    source 45
    target 85
    id "e2"
  ]
  edge [
    source 46
    target 73
    id "e43"
  ]
  edge [
    source 46
    target 78
    id "e41"
  ]
  edge [
    source 47
    target 48
    id "e87"
  ]
  edge [
    source 48
    target 80
    id "e38"
  ]
  edge [
    source 49
    target 81
    id "e36"
  ]
  edge [
    source 50
    target 77
    id "e29"
  ]
  edge [
    source 52
    target 53
    id "e68"
  ]
  edge [
    source 53
    target 60
    id "e66"
  ]
  edge [
    source 54
    target 72
    id "e44"
  ]
  edge [
    source 54
    target 57
    id "e60"
  ]
  edge [
    source 56
    target 57
    id "e61"
  ]
  edge [
    source 56
    target 59
    id "e62"
  ]
  edge [
    source 58
    target 59
    id "e63"
  ]
  edge [
    source 58
    target 61
    id "e64"
  ]
  edge [
    source 62
    target 65
    id "e80"
  ]
  edge [
    source 63
    target 86
    id "e3"
  ]
  edge [
    source 63
    target 87
    id "e4"
  ]
  edge [
    source 66
    target 67
    id "e75"
  ]
  edge [
    source 66
    target 69
    id "e74"
  ]
  edge [
    source 68
    target 69
    id "e73"
  ]
  edge [
    source 68
    target 71
    id "e72"
  ]
  edge [
    source 70
    target 71
    id "e71"
  ]
  edge [
    source 72
    target 73
    id "e42"
  ]
  edge [
    source 74
    target 75
    id "e34"
  ]
  edge [
    source 80
    target 81
    id "e37"
  ]
  edge [
    source 84
    target 85
    id "e0"
  ]
  edge [
    source 84
    target 86
    id "e1"
  ]
  edge [
    source 87
    target 88
    id "e5"
  ]
  edge [
    source 88
    target 89
    id "e6"
  ]
  edge [
    source 89
    target 90
    id "e7"
  ]
]
