graph [
  DateObtained "18/10/10"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "OTEGlobe "
  Provenance "Primary"
  Note "Does managed CPE count?"
  Source "http://www.oteglobe.gr/map.pdf"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Oteglobe"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 0
  Layer "Simplified Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Dubrovnik"
    Country "Croatia"
    Longitude 18.09216
    Internal 1
    Latitude 42.64807
  ]
  node [
    id 1
    label "Durres"
    Country "Albania"
    Longitude 19.44139
    Internal 1
    Latitude 41.32306
  ]
  node [
    id 2
    label "Russe"
    Country "Bulgaria"
    Longitude 25.97083
    Internal 1
    Latitude 43.85639
  ]
  node [
    id 3
    label "Pleven"
    Country "Bulgaria"
    Longitude 24.61667
    Internal 1
    Latitude 43.41667
  ]
  node [
    id 4
    label "Sofia"
    Country "Bulgaria"
    Longitude 23.32415
    Internal 1
    Latitude 42.69751
  ]
  node [
    id 5
    label "Stara Zagora"
    Country "Bulgaria"
    Longitude 25.64194
    Internal 1
    Latitude 42.43278
  ]
  node [
    id 6
    label "Varna"
    Country "Bulgaria"
    Longitude 27.91667
    Internal 1
    Latitude 43.21667
  ]
  node [
    id 7
    label "Novorossiysk"
    Country "Russia"
    Longitude 37.77083
    Internal 1
    Latitude 44.72389
  ]
  node [
    id 8
    label "Istanbul"
    Country "Turkey"
    Longitude 28.94966
    Internal 1
    Latitude 41.01384
  ]
  node [
    id 9
    label "Skopje"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
  ]
  node [
    id 10
    label "Otranto"
    Country "Italy"
    Longitude 18.25943
    Internal 1
    Latitude 40.15962
  ]
  node [
    id 11
    label "Bitola"
    Country "Macedonia"
    Longitude 21.34028
    Internal 1
    Latitude 41.03111
  ]
  node [
    id 12
    label "Beirut"
    Country "Lebanon"
    Longitude 35.49442
    Internal 1
    Latitude 33.88894
  ]
  node [
    id 13
    label "Bar"
    Country "Montenegro"
    Longitude 19.10028
    Internal 1
    Latitude 42.09306
  ]
  node [
    id 14
    label "Edirne"
    Country "Turkey"
    Longitude 26.55597
    Internal 1
    Latitude 41.67719
  ]
  node [
    id 15
    label "Kastanies"
    Country "Greece"
    Longitude 21.29583
    Internal 1
    Latitude 39.26139
  ]
  node [
    id 16
    label "OPTEGLOBE TBN"
    Internal 1
  ]
  node [
    id 17
    label "Svilengrad"
    Country "Bulgaria"
    Longitude 26.2
    Internal 1
    Latitude 41.76667
  ]
  node [
    id 18
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 19
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 20
    label "Genova"
    Country "Italy"
    Longitude 8.93386
    Internal 1
    Latitude 44.40632
  ]
  node [
    id 21
    label "Marseille"
    Country "France"
    Longitude 5.38107
    Internal 1
    Latitude 43.29695
  ]
  node [
    id 22
    label "Milan"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 23
    label "Venice"
    Country "Italy"
    Longitude 12.32667
    Internal 1
    Latitude 45.43861
  ]
  node [
    id 24
    label "Rome"
    Country "Italy"
    Longitude 12.4839
    Internal 1
    Latitude 41.89474
  ]
  node [
    id 25
    label "Bari"
    Country "Italy"
    Longitude 16.85118
    Internal 1
    Latitude 41.11773
  ]
  node [
    id 26
    label "Lyon"
    Country "France"
    Longitude 4.85
    Internal 1
    Latitude 45.75
  ]
  node [
    id 27
    label "Bologna"
    Country "Italy"
    Longitude 11.33875
    Internal 1
    Latitude 44.49381
  ]
  node [
    id 28
    label "Cornwall Stations"
    Country "United Kingdom"
    Longitude -5.53715
    Internal 1
    Latitude 50.11861
  ]
  node [
    id 29
    label "Valery"
    Country "France"
    Longitude 1.71667
    Internal 1
    Latitude 49.73333
  ]
  node [
    id 30
    label "USA"
    Internal 0
  ]
  node [
    id 31
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 32
    label "Derna"
    Country "Libya"
    Longitude 22.63669
    Internal 1
    Latitude 32.76704
  ]
  node [
    id 33
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 34
    label "Tirana"
    Country "Albania"
    Longitude 19.81889
    Internal 1
    Latitude 41.3275
  ]
  node [
    id 35
    label "Ostend"
    Country "Belgium"
    Longitude 2.91185
    Internal 1
    Latitude 51.22339
  ]
  node [
    id 36
    label "To USA"
    Internal 0
  ]
  node [
    id 37
    label "Blaabjerg"
    Country "Denmark"
    Longitude 8.6
    Internal 1
    Latitude 56.76667
  ]
  node [
    id 38
    label "Nicosia"
    Country "Cyprus"
    Longitude 33.36667
    Internal 1
    Latitude 35.16667
  ]
  node [
    id 39
    label "Kilmore Quay"
    Country "Ireland"
    Longitude -6.58611
    Internal 1
    Latitude 52.17194
  ]
  node [
    id 40
    label "Penmarch"
    Country "France"
    Longitude -4.33333
    Internal 1
    Latitude 47.81667
  ]
  node [
    id 41
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 42
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 43
    label "Kilkis"
    Country "Greece"
    Longitude 22.87083
    Internal 1
    Latitude 40.99194
  ]
  node [
    id 44
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 45
    label "Haskavo"
    Country "Bulgaria"
    Longitude 25.56944
    Internal 1
    Latitude 41.94028
  ]
  node [
    id 46
    label "Komotini"
    Country "Greece"
    Longitude 25.39639
    Internal 1
    Latitude 41.12278
  ]
  node [
    id 47
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 48
    label "Gevgelija"
    Country "Macedonia"
    Longitude 22.5025
    Internal 1
    Latitude 41.13917
  ]
  node [
    id 49
    label "Petrich"
    Country "Bulgaria"
    Longitude 23.21667
    Internal 1
    Latitude 41.4
  ]
  node [
    id 50
    label "Promachonas"
    Country "Greece"
    Longitude 23.36667
    Internal 1
    Latitude 41.36667
  ]
  node [
    id 51
    label "Alexandroupolis"
    Country "Greece"
    Longitude 25.87444
    Internal 1
    Latitude 40.8475
  ]
  node [
    id 52
    label "Kesan"
    Country "Turkey"
    Longitude 26.63028
    Internal 1
    Latitude 40.85583
  ]
  node [
    id 53
    label "Nahariya"
    Country "Israel"
    Longitude 35.09472
    Internal 1
    Latitude 33.00583
  ]
  node [
    id 54
    label "Tel Aviv"
    Country "Israel"
    Longitude 34.76667
    Internal 1
    Latitude 32.06667
  ]
  node [
    id 55
    label "Thessaloniki"
    Country "Greece"
    Longitude 22.94389
    Internal 1
    Latitude 40.64028
  ]
  node [
    id 56
    label "Corfu"
    Country "Greece"
    Longitude 19.91972
    Internal 1
    Latitude 39.62
  ]
  node [
    id 57
    label "Chania"
    Country "Greece"
    Longitude 24.01556
    Internal 1
    Latitude 35.51222
  ]
  node [
    id 58
    label "Athens"
    Country "Greece"
    Longitude 23.71622
    Internal 1
    Latitude 37.97945
  ]
  node [
    id 59
    label "Yeroskipos"
    Country "Cyprus"
    Longitude 32.46667
    Internal 1
    Latitude 34.76667
  ]
  node [
    id 60
    label "Marmaris"
    Country "Turkey"
    Longitude 28.27417
    Internal 1
    Latitude 36.855
  ]
  node [
    id 61
    label "Haifa"
    Country "Israel"
    Longitude 34.98917
    Internal 1
    Latitude 32.81556
  ]
  node [
    id 62
    label "Suez"
    Country "Egypt"
    Longitude 32.55
    Internal 1
    Latitude 29.96667
  ]
  node [
    id 63
    label "Conil"
    Country "Morocco"
    Longitude -5.81365
    Internal 1
    Latitude 35.78058
  ]
  node [
    id 64
    label "Sesimbra"
    Country "Portugal"
    Longitude -9.10149
    Internal 1
    Latitude 38.44451
  ]
  node [
    id 65
    label "Mazara"
    Country "Italy"
    Longitude 12.58804
    Internal 1
    Latitude 37.66414
  ]
  node [
    id 66
    label "Estepona"
    Country "Spain"
    Longitude -5.14589
    Internal 1
    Latitude 36.42764
  ]
  node [
    id 67
    label "Catania"
    Country "Italy"
    Longitude 15.08719
    Internal 1
    Latitude 37.50213
  ]
  node [
    id 68
    label "Palermo"
    Country "Italy"
    Longitude 13.35976
    Internal 1
    Latitude 38.11582
  ]
  node [
    id 69
    label "Tartus"
    Country "Syria"
    Longitude 35.88659
    Internal 1
    Latitude 34.88902
  ]
  node [
    id 70
    label "Malta"
    Country "Malta"
    Longitude 14.42556
    Internal 1
    Latitude 35.90917
  ]
  node [
    id 71
    label "Agia Napa"
    Country "Cyprus"
    Longitude 34.00183
    Internal 1
    Latitude 34.98213
  ]
  node [
    id 72
    label "Pentaskinos"
    Country "Cyprus"
    Longitude 33.36667
    Internal 1
    Latitude 35.16667
  ]
  node [
    id 73
    label "Bucharest"
    Country "Romania"
    Longitude 26.10626
    Internal 1
    Latitude 44.43225
  ]
  node [
    id 74
    label "Tg Carbunesti"
    Country "Romania"
    Longitude 23.51667
    Internal 1
    Latitude 44.95
  ]
  node [
    id 75
    label "Hegyeshantom"
    Country "Hungary"
    Longitude 17.16667
    Internal 1
    Latitude 47.91667
  ]
  node [
    id 76
    label "Bratislava"
    Country "Slovakia"
    Longitude 17.10674
    Internal 1
    Latitude 48.14816
  ]
  node [
    id 77
    label "Norden"
    Country "Germany"
    Longitude 7.2
    Internal 1
    Latitude 53.6
  ]
  node [
    id 78
    label "Katwijk"
    Country "Netherlands"
    Longitude 4.42222
    Internal 1
    Latitude 52.19417
  ]
  node [
    id 79
    label "Drobeta Turnu Sevenin"
    Country "Romania"
    Longitude 22.65611
    Internal 1
    Latitude 44.63194
  ]
  node [
    id 80
    label "Timisoara"
    Country "Romania"
    Longitude 21.22722
    Internal 1
    Latitude 45.74944
  ]
  node [
    id 81
    label "Dunaujvaros"
    Country "Hungary"
    Longitude 18.93333
    Internal 1
    Latitude 46.98333
  ]
  node [
    id 82
    label "Budapest"
    Country "Hungary"
    Longitude 19.03991
    Internal 1
    Latitude 47.49801
  ]
  node [
    id 83
    label "Stuttgart"
    Country "Germany"
    Longitude 9.17702
    Internal 1
    Latitude 48.78232
  ]
  node [
    id 84
    label "Zurich"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 85
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 86
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
  ]
  node [
    id 87
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 88
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 89
    label "Lille"
    Country "France"
    Longitude 3.06667
    Internal 1
    Latitude 50.63333
  ]
  node [
    id 90
    label "Vienna"
    Country "Austria"
    Longitude 16.37208
    Internal 1
    Latitude 48.20849
  ]
  node [
    id 91
    label "Walserberg"
    Country "Austria"
    Longitude 12.9575
    Internal 1
    Latitude 47.77389
  ]
  node [
    id 92
    label "Nuremberg"
    Country "Germany"
    Longitude 11.06833
    Internal 1
    Latitude 49.44778
  ]
  edge [
    source 0
    target 1
    LinkLabel "Adria-1"
  ]
  edge [
    source 1
    target 56
    LinkLabel "Adria-1"
  ]
  edge [
    source 2
    target 73
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 2
    target 3
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 2
    target 5
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 3
    target 4
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 4
    target 49
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 4
    target 17
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 4
    target 5
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 4
    target 79
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 6
    target 7
    LinkLabel "BSFOCS"
  ]
  edge [
    source 10
    target 56
    id "e55"
  ]
  edge [
    source 11
    target 16
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 12
    target 72
    LinkLabel "CADMOS"
  ]
  edge [
    source 13
    target 56
    id "e56"
  ]
  edge [
    source 14
    target 17
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 14
    target 15
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 15
    target 17
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 15
    target 51
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 16
    target 34
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 16
    target 55
    id "e60"
  ]
  edge [
    source 18
    target 35
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 18
    target 28
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 18
    target 77
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 19
    target 57
    LinkLabel "GWEN"
  ]
  edge [
    source 19
    target 47
    id "e93"
  ]
  edge [
    source 19
    target 47
    LinkLabel "GWEN"
  ]
  edge [
    source 20
    target 24
    LinkLabel "GWEN"
  ]
  edge [
    source 20
    target 21
    LinkLabel "GWEN"
  ]
  edge [
    source 20
    target 22
    LinkLabel "GWEN"
  ]
  edge [
    source 21
    target 26
    LinkLabel "GWEN"
  ]
  edge [
    source 22
    target 84
    LinkLabel "GWEN"
  ]
  edge [
    source 22
    target 23
    LinkLabel "GWEN"
  ]
  edge [
    source 23
    target 27
    LinkLabel "GWEN"
  ]
  edge [
    source 24
    target 25
    LinkLabel "GWEN"
  ]
  edge [
    source 25
    target 56
    LinkLabel "GWEN"
  ]
  edge [
    source 25
    target 56
    LinkLabel "GWEN"
  ]
  edge [
    source 25
    target 27
    LinkLabel "GWEN"
  ]
  edge [
    source 26
    target 88
    LinkLabel "GWEN"
  ]
  edge [
    source 28
    target 39
    LinkLabel "Celtic"
  ]
  edge [
    source 28
    target 40
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 28
    target 85
    LinkLabel "GWEN"
  ]
  edge [
    source 28
    target 29
    LinkLabel "TAT-14"
  ]
  edge [
    source 28
    target 30
    LinkLabel "TAT-14"
  ]
  edge [
    source 28
    target 63
    LinkLabel "FLAG Europe-Asia"
  ]
  edge [
    source 29
    target 78
    LinkLabel "TAT-14"
  ]
  edge [
    source 31
    target 64
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 31
    target 65
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 31
    target 66
    id "e83"
  ]
  edge [
    source 31
    target 68
    LinkLabel "FLAG Europe-Asia"
  ]
  edge [
    source 31
    target 63
    LinkLabel "FLAG Europe-Asia"
  ]
  edge [
    source 32
    target 57
    LinkLabel "Silphium"
  ]
  edge [
    source 33
    target 65
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 33
    target 42
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 33
    target 57
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 36
    target 37
    LinkLabel "TAT-14"
  ]
  edge [
    source 37
    target 77
    LinkLabel "TAT-14"
  ]
  edge [
    source 40
    target 64
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 41
    target 42
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 41
    target 59
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 41
    target 62
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 42
    target 60
    LinkLabel "SeaMeWe-3"
  ]
  edge [
    source 43
    target 48
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 43
    target 55
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 44
    target 50
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 44
    target 46
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 44
    target 55
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 45
    target 46
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 46
    target 51
    id "e99"
  ]
  edge [
    source 47
    target 58
    LinkLabel "GWEN"
  ]
  edge [
    source 47
    target 58
    LinkLabel "GWEN"
  ]
  edge [
    source 49
    target 50
    id "e95"
  ]
  edge [
    source 51
    target 52
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 51
    target 55
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 53
    target 71
    LinkLabel "CIOS"
  ]
  edge [
    source 54
    target 67
    LinkLabel "MedNautilus"
  ]
  edge [
    source 54
    target 61
    LinkLabel "MedNautilus"
  ]
  edge [
    source 55
    target 56
    LinkLabel "GWEN"
  ]
  edge [
    source 55
    target 58
    LinkLabel "GWEN"
  ]
  edge [
    source 56
    target 58
    LinkLabel "GWEN"
  ]
  edge [
    source 57
    target 67
    LinkLabel "MedNautilus"
  ]
  edge [
    source 57
    target 58
    LinkLabel "GWEN"
  ]
  edge [
    source 57
    target 59
    LinkLabel "Aphrodite-2"
  ]
  edge [
    source 57
    target 61
    LinkLabel "MedNautilus"
  ]
  edge [
    source 67
    target 70
    LinkLabel "Catania-Malta"
  ]
  edge [
    source 69
    target 72
    LinkLabel "Ugarit"
  ]
  edge [
    source 73
    target 74
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 74
    target 80
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 75
    target 81
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 75
    target 90
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 76
    target 90
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 76
    target 82
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 77
    target 78
    LinkLabel "TAT-14"
  ]
  edge [
    source 79
    target 80
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 80
    target 81
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 80
    target 82
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 83
    target 84
    LinkLabel "GWEN"
  ]
  edge [
    source 83
    target 87
    LinkLabel "GWEN"
  ]
  edge [
    source 85
    target 89
    LinkLabel "GWEN"
  ]
  edge [
    source 85
    target 86
    LinkLabel "GWEN"
  ]
  edge [
    source 86
    target 87
    LinkLabel "GWEN"
  ]
  edge [
    source 87
    target 90
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 87
    target 92
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 88
    target 89
    LinkLabel "GWEN"
  ]
  edge [
    source 90
    target 91
    LinkLabel "OPTEGLOBE TBN"
  ]
  edge [
    source 91
    target 92
    LinkLabel "OPTEGLOBE TBN"
  ]
]
