graph [
  GeoLocation "Czech Republic"
  GeoExtent "Country"
  Network "Dial Telecom "
  Provenance "Primary"
  Note "Some node junctions unclear"
  Source "http://www.dialtelecom.cz/en/map.php"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "DialtelecomCz"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 1
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Havifov"
    Country "Czech Republic"
    Longitude 18.43688
    Internal 1
    Latitude 49.77984
  ]
  node [
    id 1
    label "Ostrava"
    Country "Czech Republic"
    Longitude 18.28204
    Internal 1
    Latitude 49.83465
  ]
  node [
    id 2
    label "Chlebovice"
    Country "Czech Republic"
    Longitude 18.28
    Internal 1
    Latitude 49.65798
  ]
  node [
    id 3
    label "Frydek Mistek"
    Country "Czech Republic"
    Longitude 18.35
    Internal 1
    Latitude 49.68333
  ]
  node [
    id 4
    label "Janovice"
    Country "Czech Republic"
    Longitude 18.40602
    Internal 1
    geocode_id "3074500"
    Latitude 49.62141
  ]
  node [
    id 5
    label "Tranovice"
    Country "Czech Republic"
    Longitude 18.53846
    Internal 1
    Latitude 49.70238
  ]
  node [
    id 6
    label "Cesky Tusin"
    Country "Czech Republic"
    Longitude 18.62613
    Internal 1
    Latitude 49.74613
  ]
  node [
    id 7
    label "Warsaw"
    Internal 1
  ]
  node [
    id 8
    label "Karvina"
    Country "Czech Republic"
    Longitude 18.49166
    Internal 1
    Latitude 49.84452
  ]
  node [
    id 9
    label "Trinec"
    Country "Czech Republic"
    Longitude 18.67078
    Internal 1
    Latitude 49.67763
  ]
  node [
    id 10
    label "Ceska Lipa"
    Country "Czech Republic"
    Longitude 14.53764
    Internal 1
    Latitude 50.68551
  ]
  node [
    id 11
    label "Usti nad Labem"
    Country "Czech Republic"
    Longitude 14.03227
    Internal 1
    Latitude 50.6607
  ]
  node [
    id 12
    label "Rumburk"
    Country "Czech Republic"
    Longitude 14.55699
    Internal 1
    Latitude 50.95151
  ]
  node [
    id 13
    label "Decin"
    Country "Czech Republic"
    Longitude 14.21478
    Internal 1
    Latitude 50.78215
  ]
  node [
    id 14
    label "Mnichovo Hradiste"
    Country "Czech Republic"
    Longitude 14.97134
    Internal 1
    Latitude 50.5272
  ]
  node [
    id 15
    label "Teplice"
    Country "Czech Republic"
    Longitude 13.82451
    Internal 1
    Latitude 50.6404
  ]
  node [
    id 16
    label "Melnik"
    Country "Czech Republic"
    Longitude 14.47411
    Internal 1
    Latitude 50.3505
  ]
  node [
    id 17
    label "Mlada Boleslav"
    Country "Czech Republic"
    Longitude 14.90318
    Internal 1
    Latitude 50.41135
  ]
  node [
    id 18
    label "Litvinov"
    Country "Czech Republic"
    Longitude 13.61812
    Internal 1
    Latitude 50.6042
  ]
  node [
    id 19
    label "Hora Sv. Kateriny"
    Country "Czech Republic"
    Longitude 13.41654
    Internal 1
    Latitude 50.5792
  ]
  node [
    id 20
    label "Kasejovice"
    Country "Czech Republic"
    Longitude 13.7406
    Internal 1
    Latitude 49.4627
  ]
  node [
    id 21
    label "Susice"
    Country "Czech Republic"
    Longitude 13.52018
    Internal 1
    Latitude 49.23106
  ]
  node [
    id 22
    label "Pribram"
    Country "Czech Republic"
    Longitude 14.01043
    Internal 1
    Latitude 49.68988
  ]
  node [
    id 23
    label "Haje"
    Country "Czech Republic"
    Longitude 14.04735
    Internal 1
    geocode_id "3076031"
    Latitude 49.67263
  ]
  node [
    id 24
    label "Klatovy"
    Country "Czech Republic"
    Longitude 13.29505
    Internal 1
    Latitude 49.39552
  ]
  node [
    id 25
    label "Melnice"
    Country "Czech Republic"
    Longitude 12.81667
    Internal 1
    Latitude 49.6
  ]
  node [
    id 26
    label "Strazovice"
    Country "Czech Republic"
    Longitude 13.58333
    Internal 1
    Latitude 49.38333
  ]
  node [
    id 27
    label "Hraz"
    Country "Czech Republic"
    Longitude 13.34822
    Internal 1
    geocode_id "3074877"
    Latitude 49.4771
  ]
  node [
    id 28
    label "Chrastovice"
    Country "Czech Republic"
    Longitude 13.89704
    Internal 1
    geocode_id "3077565"
    Latitude 49.33319
  ]
  node [
    id 29
    label "Beroun"
    Country "Czech Republic"
    Longitude 14.072
    Internal 1
    Latitude 49.96382
  ]
  node [
    id 30
    label "Frydlant"
    Country "Czech Republic"
    Longitude 15.07974
    Internal 1
    geocode_id "3076124"
    Latitude 50.92139
  ]
  node [
    id 31
    label "Liberec"
    Country "Czech Republic"
    Longitude 15.05619
    Internal 1
    Latitude 50.76711
  ]
  node [
    id 32
    label "Dvur Kralove nad Labem"
    Country "Czech Republic"
    Longitude 15.81402
    Internal 1
    Latitude 50.43172
  ]
  node [
    id 33
    label "Jicin"
    Country "Czech Republic"
    Longitude 15.35162
    Internal 1
    Latitude 50.43723
  ]
  node [
    id 34
    label "Jablonec nad Nisou"
    Country "Czech Republic"
    Longitude 15.17108
    Internal 1
    Latitude 50.72431
  ]
  node [
    id 35
    label "Trutnov"
    Country "Czech Republic"
    Longitude 15.9127
    Internal 1
    Latitude 50.56101
  ]
  node [
    id 36
    label "Bratislava"
    Internal 1
  ]
  node [
    id 37
    label "Hodonin"
    Country "Czech Republic"
    Longitude 17.13244
    Internal 1
    Latitude 48.84893
  ]
  node [
    id 38
    label "Robousy"
    Country "Czech Republic"
    Longitude 15.4
    Internal 1
    Latitude 50.43333
  ]
  node [
    id 39
    label "Rajka"
    Internal 1
  ]
  node [
    id 40
    label "Vyskov"
    Country "Czech Republic"
    Longitude 16.99897
    Internal 1
    Latitude 49.27747
  ]
  node [
    id 41
    label "Proslejov"
    Country "Czech Republic"
    Longitude 17.11184
    Internal 1
    Latitude 49.47188
  ]
  node [
    id 42
    label "Brno3"
    Country "Czech Republic"
    Longitude 16.60796
    Internal 1
    Latitude 49.19522
  ]
  node [
    id 43
    label "Blansko"
    Country "Czech Republic"
    Longitude 16.64446
    Internal 1
    Latitude 49.36304
  ]
  node [
    id 44
    label "Bezmerov"
    Country "Czech Republic"
    Longitude 17.33479
    Internal 1
    Latitude 49.3298
  ]
  node [
    id 45
    label "Kyselovice"
    Country "Czech Republic"
    Longitude 17.40206
    Internal 1
    Latitude 49.37715
  ]
  node [
    id 46
    label "Olomouc"
    Country "Czech Republic"
    Longitude 17.25175
    Internal 1
    Latitude 49.59552
  ]
  node [
    id 47
    label "Lobodice"
    Country "Czech Republic"
    Longitude 17.29192
    Internal 1
    Latitude 49.39546
  ]
  node [
    id 48
    label "Prerov"
    Country "Czech Republic"
    Longitude 17.4509
    Internal 1
    Latitude 49.45511
  ]
  node [
    id 49
    label "Osek"
    Country "Czech Republic"
    Longitude 17.52829
    Internal 1
    geocode_id "3068856"
    Latitude 49.51121
  ]
  node [
    id 50
    label "Veself nad Luznici"
    Country "Czech Republic"
    Longitude 14.69734
    Internal 1
    Latitude 49.1843
  ]
  node [
    id 51
    label "Ceske Budejovice"
    Country "Czech Republic"
    Longitude 14.47434
    Internal 1
    Latitude 48.97447
  ]
  node [
    id 52
    label "Prachatice"
    Country "Czech Republic"
    Longitude 13.99752
    Internal 1
    Latitude 49.01292
  ]
  node [
    id 53
    label "Horami"
    Country "Czech Republic"
    Longitude 14.31667
    Internal 1
    Latitude 49.18333
  ]
  node [
    id 54
    label "Strakonice"
    Country "Czech Republic"
    Longitude 13.90237
    Internal 1
    Latitude 49.26141
  ]
  node [
    id 55
    label "Pisek"
    Country "Czech Republic"
    Longitude 14.1475
    Internal 1
    Latitude 49.3088
  ]
  node [
    id 56
    label "Tritim"
    Country "Czech Republic"
    Longitude 14.46667
    Internal 1
    Latitude 49.2
  ]
  node [
    id 57
    label "Termelin"
    Country "Czech Republic"
    Longitude 14.34874
    Internal 1
    Latitude 49.19283
  ]
  node [
    id 58
    label "Budicovice"
    Country "Czech Republic"
    Longitude 14.15
    Internal 1
    Latitude 49.21667
  ]
  node [
    id 59
    label "Zverkovice"
    Country "Czech Republic"
    Longitude 14.40702
    Internal 1
    Latitude 49.19758
  ]
  node [
    id 60
    label "Jazlovice"
    Country "Czech Republic"
    Longitude 14.63293
    Internal 1
    Latitude 49.96414
  ]
  node [
    id 61
    label "Zajecice"
    Country "Czech Republic"
    Longitude 14.68237
    Internal 1
    geocode_id "3061976"
    Latitude 49.89651
  ]
  node [
    id 62
    label "Hospozin"
    Country "Czech Republic"
    Longitude 14.17176
    Internal 1
    Latitude 50.30688
  ]
  node [
    id 63
    label "Zlosyn"
    Country "Czech Republic"
    Longitude 14.3686
    Internal 1
    Latitude 50.27795
  ]
  node [
    id 64
    label "Nove Ouholice"
    Country "Czech Republic"
    Longitude 14.31554
    Internal 1
    Latitude 50.30198
  ]
  node [
    id 65
    label "Kralupy n. Vit."
    Country "Czech Republic"
    Longitude 14.31149
    Internal 1
    Latitude 50.24107
  ]
  node [
    id 66
    label "Krupa"
    Country "Czech Republic"
    Longitude 13.73158
    Internal 1
    Latitude 50.17485
  ]
  node [
    id 67
    label "Praha"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
  ]
  node [
    id 68
    label "Kladno"
    Country "Czech Republic"
    Longitude 14.10285
    Internal 1
    Latitude 50.14734
  ]
  node [
    id 69
    label "Hajek"
    Country "Czech Republic"
    Longitude 14.62812
    Internal 1
    geocode_id "3076016"
    Latitude 50.05108
  ]
  node [
    id 70
    label "Radonice"
    Country "Czech Republic"
    Longitude 14.61026
    Internal 1
    geocode_id "3067158"
    Latitude 50.14306
  ]
  node [
    id 71
    label "Tuklaty"
    Country "Czech Republic"
    Longitude 14.7695
    Internal 1
    Latitude 50.08478
  ]
  node [
    id 72
    label "Limuzy"
    Country "Czech Republic"
    Longitude 14.79017
    Internal 1
    Latitude 50.05909
  ]
  node [
    id 73
    label "KS Kourim"
    Country "Czech Republic"
    Longitude 14.97703
    Internal 1
    Latitude 50.00306
  ]
  node [
    id 74
    label "Nymburk"
    Country "Czech Republic"
    Longitude 15.04167
    Internal 1
    Latitude 50.18605
  ]
  node [
    id 75
    label "Podebrady"
    Country "Czech Republic"
    Longitude 15.11881
    Internal 1
    Latitude 50.14242
  ]
  node [
    id 76
    label "Kolin"
    Country "Czech Republic"
    Longitude 15.20057
    Internal 1
    Latitude 50.02814
  ]
  node [
    id 77
    label "Caslav"
    Country "Czech Republic"
    Longitude 15.38972
    Internal 1
    Latitude 49.91099
  ]
  node [
    id 78
    label "Frankfurt"
    Internal 1
  ]
  node [
    id 79
    label "Brazdim"
    Country "Czech Republic"
    Longitude 14.59268
    Internal 1
    Latitude 50.19108
  ]
  node [
    id 80
    label "Pozden"
    Country "Czech Republic"
    Longitude 13.94355
    Internal 1
    Latitude 50.24205
  ]
  node [
    id 81
    label "Zatec"
    Country "Czech Republic"
    Longitude 13.54577
    Internal 1
    Latitude 50.32717
  ]
  node [
    id 82
    label "Bylany"
    Country "Czech Republic"
    Longitude 13.6
    Internal 1
    Latitude 50.46667
  ]
  node [
    id 83
    label "Chomutov"
    Country "Czech Republic"
    Longitude 13.41779
    Internal 1
    Latitude 50.46048
  ]
  node [
    id 84
    label "Jirkov"
    Country "Czech Republic"
    Longitude 13.44769
    Internal 1
    Latitude 50.49979
  ]
  node [
    id 85
    label "Brandov"
    Country "Czech Republic"
    Longitude 13.39072
    Internal 1
    Latitude 50.632
  ]
  node [
    id 86
    label "Louny"
    Country "Czech Republic"
    Longitude 13.79667
    Internal 1
    Latitude 50.35699
  ]
  node [
    id 87
    label "Cerncice"
    Country "Czech Republic"
    Longitude 13.84521
    Internal 1
    Latitude 50.36138
  ]
  node [
    id 88
    label "Pocedelice"
    Country "Czech Republic"
    Longitude 13.8878
    Internal 1
    Latitude 50.37182
  ]
  node [
    id 89
    label "Most"
    Country "Czech Republic"
    Longitude 13.63617
    Internal 1
    Latitude 50.50301
  ]
  node [
    id 90
    label "Stribro"
    Country "Czech Republic"
    Longitude 13.00409
    Internal 1
    Latitude 49.75294
  ]
  node [
    id 91
    label "Svinomazy"
    Country "Czech Republic"
    Longitude 13.05
    Internal 1
    Latitude 49.83333
  ]
  node [
    id 92
    label "Plasy"
    Country "Czech Republic"
    Longitude 13.39035
    Internal 1
    Latitude 49.93449
  ]
  node [
    id 93
    label "Plzen"
    Country "Czech Republic"
    Longitude 13.37759
    Internal 1
    Latitude 49.74747
  ]
  node [
    id 94
    label "Rozvadov"
    Country "Czech Republic"
    Longitude 12.55188
    Internal 1
    Latitude 49.66817
  ]
  node [
    id 95
    label "Bor"
    geocode_append "Plzensky Kraj"
    Country "Czech Republic"
    Longitude 12.77516
    Internal 1
    Latitude 49.71159
  ]
  node [
    id 96
    label "Tachov"
    Country "Czech Republic"
    Longitude 12.63365
    Internal 1
    Latitude 49.79528
  ]
  node [
    id 97
    label "Otrocin"
    Country "Czech Republic"
    Longitude 12.95
    Internal 1
    geocode_id "3068694"
    Latitude 49.76667
  ]
  node [
    id 98
    label "Trstenice"
    Country "Czech Republic"
    Longitude 16.19542
    Internal 1
    geocode_id "3063924"
    Latitude 48.98676
  ]
  node [
    id 99
    label "Rokycany"
    Country "Czech Republic"
    Longitude 13.59459
    Internal 1
    Latitude 49.7427
  ]
  node [
    id 100
    label "Hlohova"
    Country "Czech Republic"
    Longitude 13.07458
    Internal 1
    Latitude 49.53403
  ]
  node [
    id 101
    label "Hate"
    Country "Czech Republic"
    Longitude 16.06682
    Internal 1
    geocode_id "7670509"
    Latitude 48.76524
  ]
  node [
    id 102
    label "Rakovnik"
    Country "Czech Republic"
    Longitude 13.7334
    Internal 1
    Latitude 50.1037
  ]
  node [
    id 103
    label "Sosen"
    Country "Czech Republic"
    Longitude 13.53258
    Internal 1
    Latitude 50.087
  ]
  node [
    id 104
    label "Karlovy Vary"
    Country "Czech Republic"
    Longitude 12.87117
    Internal 1
    Latitude 50.23271
  ]
  node [
    id 105
    label "Ostrov"
    Country "Czech Republic"
    Longitude 12.93907
    Internal 1
    Latitude 50.30592
  ]
  node [
    id 106
    label "Marianske Lazne"
    Country "Czech Republic"
    Longitude 12.70118
    Internal 1
    Latitude 49.96459
  ]
  node [
    id 107
    label "As"
    Country "Czech Republic"
    Longitude 12.19499
    Internal 1
    Latitude 50.22387
  ]
  node [
    id 108
    label "Cheb"
    Country "Czech Republic"
    Longitude 12.37392
    Internal 1
    Latitude 50.07963
  ]
  node [
    id 109
    label "Sokolov"
    Country "Czech Republic"
    Longitude 12.6401
    Internal 1
    Latitude 50.1813
  ]
  node [
    id 110
    label "Mladotice"
    geocode_append "Plzensky Kraj"
    Country "Czech Republic"
    Longitude 13.36439
    Internal 1
    Latitude 49.98524
  ]
  node [
    id 111
    label "Kromeriz"
    Country "Czech Republic"
    Longitude 17.39312
    Internal 1
    Latitude 49.29785
  ]
  node [
    id 112
    label "Ust nad Orlicl"
    Country "Czech Republic"
    Longitude 16.39361
    Internal 1
    Latitude 49.97387
  ]
  node [
    id 113
    label "Litomysl"
    Country "Czech Republic"
    Longitude 16.31298
    Internal 1
    Latitude 49.86809
  ]
  node [
    id 114
    label "Hlucin"
    Country "Czech Republic"
    Longitude 18.19196
    Internal 1
    Latitude 49.89795
  ]
  node [
    id 115
    label "Opava"
    Country "Czech Republic"
    Longitude 17.90257
    Internal 1
    Latitude 49.93866
  ]
  node [
    id 116
    label "Krnov"
    Country "Czech Republic"
    Longitude 17.70385
    Internal 1
    Latitude 50.08967
  ]
  node [
    id 117
    label "Bruntal"
    Country "Czech Republic"
    Longitude 17.4647
    Internal 1
    Latitude 49.98844
  ]
  node [
    id 118
    label "Unicov"
    Country "Czech Republic"
    Longitude 17.12144
    Internal 1
    Latitude 49.77092
  ]
  node [
    id 119
    label "Jesenik"
    Country "Czech Republic"
    Longitude 17.18811
    Internal 1
    Latitude 50.24161
  ]
  node [
    id 120
    label "Svitavy"
    Country "Czech Republic"
    Longitude 16.46829
    Internal 1
    Latitude 49.75594
  ]
  node [
    id 121
    label "Sumperk"
    Country "Czech Republic"
    Longitude 16.97061
    Internal 1
    Latitude 49.96528
  ]
  node [
    id 122
    label "Jemniste"
    Country "Czech Republic"
    Longitude 14.7901
    Internal 1
    Latitude 49.74323
  ]
  node [
    id 123
    label "Benesov"
    Country "Czech Republic"
    Longitude 14.68697
    Internal 1
    Latitude 49.78162
  ]
  node [
    id 124
    label "Hostisov"
    Country "Czech Republic"
    Longitude 14.6577
    Internal 1
    Latitude 49.6174
  ]
  node [
    id 125
    label "Zvestov"
    Country "Czech Republic"
    Longitude 14.79212
    Internal 1
    Latitude 49.63267
  ]
  node [
    id 126
    label "Doubravice"
    Country "Czech Republic"
    Longitude 14.41667
    Internal 1
    geocode_id "3076543"
    Latitude 49.63333
  ]
  node [
    id 127
    label "Votice"
    Country "Czech Republic"
    Longitude 14.63809
    Internal 1
    Latitude 49.64013
  ]
  node [
    id 128
    label "Kamyk"
    Country "Czech Republic"
    Longitude 14.25344
    Internal 1
    geocode_id "3073881"
    Latitude 49.63902
  ]
  node [
    id 129
    label "Brzina"
    Country "Czech Republic"
    Longitude 14.3
    Internal 1
    geocode_id "3078529"
    Latitude 49.68333
  ]
  node [
    id 130
    label "Tabor"
    Country "Czech Republic"
    Longitude 14.6578
    Internal 1
    Latitude 49.41441
  ]
  node [
    id 131
    label "Velka"
    Country "Czech Republic"
    Longitude 14.25116
    Internal 1
    geocode_id "3063277"
    Latitude 49.66102
  ]
  node [
    id 132
    label "Jindice"
    Country "Czech Republic"
    Longitude 15.08576
    Internal 1
    Latitude 49.91454
  ]
  node [
    id 133
    label "Kutna Hora"
    Country "Czech Republic"
    Longitude 15.26816
    Internal 1
    Latitude 49.94839
  ]
  node [
    id 134
    label "Vrbice"
    Country "Czech Republic"
    Longitude 15.38333
    Internal 1
    geocode_id "3062466"
    Latitude 49.75
  ]
  node [
    id 135
    label "Vilemovice"
    Country "Czech Republic"
    Longitude 15.26667
    Internal 1
    geocode_id "3062893"
    Latitude 49.85
  ]
  node [
    id 136
    label "Chrudim"
    Country "Czech Republic"
    Longitude 15.79558
    Internal 1
    Latitude 49.95109
  ]
  node [
    id 137
    label "Olesna"
    Country "Czech Republic"
    Longitude 15.54768
    Internal 1
    geocode_id "3069040"
    Latitude 49.68157
  ]
  node [
    id 138
    label "Hradec Kralove"
    Country "Czech Republic"
    Longitude 15.83277
    Internal 1
    Latitude 50.20923
  ]
  node [
    id 139
    label "Pardubice"
    Country "Czech Republic"
    Longitude 15.77659
    Internal 1
    Latitude 50.04075
  ]
  node [
    id 140
    label "Rychnov nad Kneznou"
    Country "Czech Republic"
    Longitude 16.27488
    Internal 1
    Latitude 50.16284
  ]
  node [
    id 141
    label "Nachod"
    Country "Czech Republic"
    Longitude 16.16289
    Internal 1
    Latitude 50.4167
  ]
  node [
    id 142
    label "Znojmo"
    Country "Czech Republic"
    Longitude 16.0488
    Internal 1
    Latitude 48.8555
  ]
  node [
    id 143
    label "KS Hostim"
    Country "Czech Republic"
    Longitude 15.89489
    Internal 1
    geocode_id "3075064"
    Latitude 49.01859
  ]
  node [
    id 144
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 145
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 146
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 147
    label "V. Pavlovice"
    Country "Czech Republic"
    Longitude 16.81605
    Internal 1
    Latitude 48.90469
  ]
  node [
    id 148
    label "Hustopece"
    Country "Czech Republic"
    Longitude 16.73762
    Internal 1
    Latitude 48.94085
  ]
  node [
    id 149
    label "Breclav"
    Country "Czech Republic"
    Longitude 16.88203
    Internal 1
    Latitude 48.75897
  ]
  node [
    id 150
    label "Lanzhot"
    Country "Czech Republic"
    Longitude 16.96695
    Internal 1
    Latitude 48.72443
  ]
  node [
    id 151
    label "Ivancice"
    Country "Czech Republic"
    Longitude 16.37752
    Internal 1
    Latitude 49.10144
  ]
  node [
    id 152
    label "Malesovice"
    Country "Czech Republic"
    Longitude 16.50129
    Internal 1
    Latitude 49.02359
  ]
  node [
    id 153
    label "Uhercice - V.Nemcice"
    Country "Czech Republic"
    Longitude 16.65344
    Internal 1
    geocode_id "3063741"
    Latitude 48.9678
  ]
  node [
    id 154
    label "Dolni Dunajovice"
    Country "Czech Republic"
    Longitude 16.59283
    Internal 1
    Latitude 48.85447
  ]
  node [
    id 155
    label "Tvrdonice"
    Country "Czech Republic"
    Longitude 16.99446
    Internal 1
    Latitude 48.76048
  ]
  node [
    id 156
    label "Mutenico"
    Country "Czech Republic"
    Longitude 17.02917
    Internal 1
    Latitude 48.90413
  ]
  node [
    id 157
    label "Kopfivnice"
    Country "Czech Republic"
    Longitude 18.1448
    Internal 1
    Latitude 49.59947
  ]
  node [
    id 158
    label "None"
    Internal 1
  ]
  node [
    id 159
    label "Bukovany"
    Country "Czech Republic"
    Longitude 17.10085
    Internal 1
    geocode_id "3078425"
    Latitude 49.04217
  ]
  node [
    id 160
    label "Stare Mesto"
    geocode_append "Zlinsky Kraj"
    Country "Czech Republic"
    Longitude 17.43338
    Internal 1
    Latitude 49.07515
  ]
  node [
    id 161
    label "Zlin"
    Country "Czech Republic"
    Longitude 17.66667
    Internal 1
    Latitude 49.21667
  ]
  node [
    id 162
    label "Hranice"
    Country "Czech Republic"
    Longitude 17.73469
    Internal 1
    Latitude 49.54796
  ]
  node [
    id 163
    label "Novy Jicin"
    Country "Czech Republic"
    Longitude 18.01028
    Internal 1
    Latitude 49.59438
  ]
  node [
    id 164
    label "Libhost"
    Country "Czech Republic"
    Longitude 18.07431
    Internal 1
    Latitude 49.62417
  ]
  node [
    id 165
    label "Valasske Mezihcl"
    Country "Czech Republic"
    Longitude 17.97113
    Internal 1
    Latitude 49.47181
  ]
  node [
    id 166
    label "Vsetin"
    Country "Czech Republic"
    Longitude 17.99619
    Internal 1
    Latitude 49.33871
  ]
  node [
    id 167
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 168
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 169
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 170
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 171
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 172
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 173
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 174
    label "Cesky Krumlov"
    Country "Czech Republic"
    Longitude 14.31521
    Internal 1
    Latitude 48.81091
  ]
  node [
    id 175
    label "Domazice"
    Country "Czech Republic"
    Longitude 12.92976
    Internal 1
    Latitude 49.44049
  ]
  node [
    id 176
    label "Trebic"
    Country "Czech Republic"
    Longitude 15.88166
    Internal 1
    Latitude 49.21492
  ]
  node [
    id 177
    label "Brno1"
    Country "Czech Republic"
    Longitude 16.60796
    Internal 1
    Latitude 49.19522
  ]
  node [
    id 178
    label "Brno2"
    Country "Czech Republic"
    Longitude 16.60796
    Internal 1
    Latitude 49.19522
  ]
  node [
    id 179
    label "Kninice"
    Country "Czech Republic"
    Longitude 15.60405
    Internal 1
    Latitude 49.09401
  ]
  node [
    id 180
    label "Dacice"
    Country "Czech Republic"
    Longitude 15.43727
    Internal 1
    Latitude 49.08154
  ]
  node [
    id 181
    label "Hefmanec"
    Country "Czech Republic"
    Longitude 15.28333
    Internal 1
    Latitude 49.26667
  ]
  node [
    id 182
    label "Jindnchuv Hradec"
    Country "Czech Republic"
    Longitude 15.00301
    Internal 1
    Latitude 49.14404
  ]
  node [
    id 183
    label "Dolni Radoun"
    Country "Czech Republic"
    Longitude 15.00331
    Internal 1
    Latitude 49.20154
  ]
  node [
    id 184
    label "Thebon"
    Country "Slovakia"
    Longitude 16.98418
    Internal 1
    Latitude 48.17444
  ]
  node [
    id 185
    label "Pelhrimov"
    Country "Czech Republic"
    Longitude 15.22336
    Internal 1
    Latitude 49.43134
  ]
  node [
    id 186
    label "Jihlava"
    Country "Czech Republic"
    Longitude 15.59124
    Internal 1
    Latitude 49.3961
  ]
  node [
    id 187
    label "Sachotin"
    Country "Czech Republic"
    Longitude 15.68333
    Internal 1
    Latitude 49.55
  ]
  node [
    id 188
    label "Haclickuv Brod"
    Country "Czech Republic"
    Longitude 15.58069
    Internal 1
    Latitude 49.60785
  ]
  node [
    id 189
    label "zdar nad Sazavou"
    Country "Czech Republic"
    Longitude 15.93924
    Internal 1
    Latitude 49.56263
  ]
  node [
    id 190
    label "Cerna"
    geocode_append "Vysocina"
    Country "Czech Republic"
    Longitude 15.86383
    Internal 1
    Latitude 49.42608
  ]
  node [
    id 191
    label "Brezejc"
    Country "Czech Republic"
    Longitude 16.09146
    Internal 1
    Latitude 49.3463
  ]
  node [
    id 192
    label "Kralice"
    Country "Czech Republic"
    Longitude 16.2
    Internal 1
    geocode_id "3072956"
    Latitude 49.2
  ]
  edge [
    source 1
    target 115
    id "e34"
  ]
  edge [
    source 1
    target 171
    id "e35"
  ]
  edge [
    source 2
    target 4
    id "e29"
  ]
  edge [
    source 2
    target 171
    id "e30"
  ]
  edge [
    source 2
    target 164
    id "e28"
  ]
  edge [
    source 4
    target 5
    id "e31"
  ]
  edge [
    source 6
    target 171
    id "e32"
  ]
  edge [
    source 6
    target 7
    id "e33"
  ]
  edge [
    source 10
    target 11
    id "e112"
  ]
  edge [
    source 10
    target 31
    id "e111"
  ]
  edge [
    source 11
    target 89
    id "e113"
  ]
  edge [
    source 19
    target 84
    id "e115"
  ]
  edge [
    source 19
    target 85
    id "e114"
  ]
  edge [
    source 20
    target 26
    id "e69"
  ]
  edge [
    source 20
    target 23
    id "e70"
  ]
  edge [
    source 22
    target 29
    id "e72"
  ]
  edge [
    source 23
    target 131
    id "e71"
  ]
  edge [
    source 25
    target 100
    id "e65"
  ]
  edge [
    source 25
    target 94
    id "e56"
  ]
  edge [
    source 26
    target 27
    id "e67"
  ]
  edge [
    source 26
    target 28
    id "e68"
  ]
  edge [
    source 27
    target 100
    id "e66"
  ]
  edge [
    source 28
    target 58
    id "e75"
  ]
  edge [
    source 29
    target 67
    id "e73"
  ]
  edge [
    source 29
    target 68
    id "e74"
  ]
  edge [
    source 30
    target 31
    id "e110"
  ]
  edge [
    source 31
    target 34
    id "e109"
  ]
  edge [
    source 31
    target 38
    id "e107"
  ]
  edge [
    source 33
    target 38
    id "e108"
  ]
  edge [
    source 36
    target 150
    id "e102"
  ]
  edge [
    source 36
    target 39
    id "e106"
  ]
  edge [
    source 37
    target 160
    id "e23"
  ]
  edge [
    source 37
    target 149
    id "e100"
  ]
  edge [
    source 38
    target 138
    id "e41"
  ]
  edge [
    source 40
    target 41
    id "e13"
  ]
  edge [
    source 40
    target 42
    id "e12"
  ]
  edge [
    source 41
    target 46
    id "e14"
  ]
  edge [
    source 42
    target 178
    id "e10"
  ]
  edge [
    source 42
    target 146
    id "e11"
  ]
  edge [
    source 44
    target 159
    id "e18"
  ]
  edge [
    source 44
    target 45
    id "e17"
  ]
  edge [
    source 44
    target 47
    id "e16"
  ]
  edge [
    source 45
    target 49
    id "e19"
  ]
  edge [
    source 46
    target 172
    id "e15"
  ]
  edge [
    source 49
    target 172
    id "e20"
  ]
  edge [
    source 50
    target 56
    id "e81"
  ]
  edge [
    source 50
    target 51
    id "e83"
  ]
  edge [
    source 50
    target 183
    id "e84"
  ]
  edge [
    source 53
    target 169
    id "e77"
  ]
  edge [
    source 53
    target 58
    id "e78"
  ]
  edge [
    source 55
    target 58
    id "e76"
  ]
  edge [
    source 56
    target 59
    id "e79"
  ]
  edge [
    source 57
    target 169
    id "e82"
  ]
  edge [
    source 59
    target 169
    id "e80"
  ]
  edge [
    source 60
    target 168
    id "e135"
  ]
  edge [
    source 61
    target 168
    id "e137"
  ]
  edge [
    source 61
    target 122
    id "e136"
  ]
  edge [
    source 62
    target 80
    id "e125"
  ]
  edge [
    source 62
    target 64
    id "e126"
  ]
  edge [
    source 62
    target 88
    id "e123"
  ]
  edge [
    source 62
    target 145
    id "e127"
  ]
  edge [
    source 63
    target 64
    id "e128"
  ]
  edge [
    source 63
    target 79
    id "e54"
  ]
  edge [
    source 65
    target 145
    id "e129"
  ]
  edge [
    source 66
    target 80
    id "e124"
  ]
  edge [
    source 66
    target 103
    id "e130"
  ]
  edge [
    source 67
    target 68
    id "e131"
  ]
  edge [
    source 67
    target 69
    id "e132"
  ]
  edge [
    source 67
    target 70
    id "e50"
  ]
  edge [
    source 67
    target 79
    id "e52"
  ]
  edge [
    source 67
    target 145
    id "e133"
  ]
  edge [
    source 69
    target 168
    id "e134"
  ]
  edge [
    source 70
    target 144
    id "e51"
  ]
  edge [
    source 71
    target 72
    id "e48"
  ]
  edge [
    source 71
    target 144
    id "e49"
  ]
  edge [
    source 72
    target 73
    id "e47"
  ]
  edge [
    source 73
    target 132
    id "e46"
  ]
  edge [
    source 78
    target 94
    id "e55"
  ]
  edge [
    source 79
    target 144
    id "e53"
  ]
  edge [
    source 82
    target 88
    id "e121"
  ]
  edge [
    source 82
    target 89
    id "e120"
  ]
  edge [
    source 82
    target 83
    id "e119"
  ]
  edge [
    source 82
    target 84
    id "e117"
  ]
  edge [
    source 83
    target 104
    id "e118"
  ]
  edge [
    source 83
    target 84
    id "e116"
  ]
  edge [
    source 87
    target 88
    id "e122"
  ]
  edge [
    source 90
    target 95
    id "e58"
  ]
  edge [
    source 90
    target 93
    id "e61"
  ]
  edge [
    source 90
    target 167
    id "e60"
  ]
  edge [
    source 91
    target 170
    id "e62"
  ]
  edge [
    source 91
    target 167
    id "e63"
  ]
  edge [
    source 93
    target 170
    id "e64"
  ]
  edge [
    source 94
    target 95
    id "e57"
  ]
  edge [
    source 97
    target 167
    id "e59"
  ]
  edge [
    source 98
    target 152
    id "e91"
  ]
  edge [
    source 98
    target 143
    id "e89"
  ]
  edge [
    source 101
    target 151
    id "e90"
  ]
  edge [
    source 103
    target 110
    id "e149"
  ]
  edge [
    source 104
    target 109
    id "e147"
  ]
  edge [
    source 106
    target 108
    id "e146"
  ]
  edge [
    source 106
    target 167
    id "e148"
  ]
  edge [
    source 108
    target 109
    id "e145"
  ]
  edge [
    source 110
    target 170
    id "e150"
  ]
  edge [
    source 112
    target 121
    id "e39"
  ]
  edge [
    source 112
    target 138
    id "e40"
  ]
  edge [
    source 114
    target 115
    id "e36"
  ]
  edge [
    source 115
    target 117
    id "e37"
  ]
  edge [
    source 117
    target 121
    id "e38"
  ]
  edge [
    source 122
    target 125
    id "e138"
  ]
  edge [
    source 124
    target 125
    id "e139"
  ]
  edge [
    source 124
    target 126
    id "e141"
  ]
  edge [
    source 124
    target 127
    id "e140"
  ]
  edge [
    source 126
    target 129
    id "e142"
  ]
  edge [
    source 128
    target 129
    id "e143"
  ]
  edge [
    source 128
    target 131
    id "e144"
  ]
  edge [
    source 132
    target 135
    id "e45"
  ]
  edge [
    source 134
    target 137
    id "e43"
  ]
  edge [
    source 134
    target 135
    id "e44"
  ]
  edge [
    source 137
    target 187
    id "e4"
  ]
  edge [
    source 138
    target 139
    id "e42"
  ]
  edge [
    source 139
    target 187
    id "e3"
  ]
  edge [
    source 143
    target 179
    id "e88"
  ]
  edge [
    source 143
    target 186
    id "e1"
  ]
  edge [
    source 146
    target 152
    id "e95"
  ]
  edge [
    source 146
    target 177
    id "e8"
  ]
  edge [
    source 146
    target 151
    id "e92"
  ]
  edge [
    source 147
    target 148
    id "e98"
  ]
  edge [
    source 147
    target 149
    id "e99"
  ]
  edge [
    source 148
    target 153
    id "e97"
  ]
  edge [
    source 149
    target 173
    id "e101"
  ]
  edge [
    source 150
    target 173
    id "e103"
  ]
  edge [
    source 151
    target 152
    id "e93"
  ]
  edge [
    source 151
    target 192
    id "e7"
  ]
  edge [
    source 152
    target 153
    id "e94"
  ]
  edge [
    source 153
    target 154
    id "e96"
  ]
  edge [
    source 155
    target 156
    id "e104"
  ]
  edge [
    source 155
    target 173
    id "e105"
  ]
  edge [
    source 156
    target 159
    id "e24"
  ]
  edge [
    source 158
    target 164
    id "e27"
  ]
  edge [
    source 160
    target 161
    id "e22"
  ]
  edge [
    source 161
    target 165
    id "e21"
  ]
  edge [
    source 163
    target 164
    id "e26"
  ]
  edge [
    source 164
    target 172
    id "e25"
  ]
  edge [
    source 177
    target 178
    id "e9"
  ]
  edge [
    source 179
    target 180
    id "e87"
  ]
  edge [
    source 180
    target 181
    id "e86"
  ]
  edge [
    source 181
    target 183
    id "e85"
  ]
  edge [
    source 186
    target 187
    id "e0"
  ]
  edge [
    source 187
    target 190
    id "e2"
  ]
  edge [
    source 190
    target 191
    id "e5"
  ]
  edge [
    source 191
    target 192
    id "e6"
  ]
]
