graph [
  DateObtained "20/07/11"
  GeoLocation "Latvia"
  GeoExtent "Country"
  Network "LATNET"
  Provenance "Secondary"
  Access 0
  Source "http://www.porta-optica.org/publications/POS-Deliverable1.2v3_NREN_status_and_development_plans.pdf"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 0
  Commercial 0
  label "Latnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "20/07/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2007"
  DateYear "2007"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Iecava"
    Country "Latvia"
    Longitude 24.20222
    Internal 1
    Latitude 56.59861
    type "Large Orange Node"
  ]
  node [
    id 1
    label "Vircava"
    Country "Latvia"
    Longitude 23.77194
    Internal 1
    Latitude 56.55972
    type "Large Orange Node"
  ]
  node [
    id 2
    label "Kraslava"
    Country "Latvia"
    Longitude 27.16799
    Internal 1
    Latitude 55.89514
    type "Large Orange Node"
  ]
  node [
    id 3
    label "Baldone"
    Country "Latvia"
    Longitude 24.35194
    Internal 1
    Latitude 56.70694
    type "Large Orange Node"
  ]
  node [
    id 4
    label "Auce"
    Country "Latvia"
    Longitude 22.90169
    Internal 1
    Latitude 56.45981
    type "Large Orange Node"
  ]
  node [
    id 5
    label "Broceni"
    Country "Latvia"
    Longitude 22.53333
    Internal 1
    Latitude 56.7
    type "Large Orange Node"
  ]
  node [
    id 6
    label "Platone"
    Country "Latvia"
    Longitude 23.69639
    Internal 1
    Latitude 56.53722
    type "Large Orange Node"
  ]
  node [
    id 7
    label "Dobele"
    Country "Latvia"
    Longitude 23.27861
    Internal 1
    Latitude 56.625
    type "Large Orange Node"
  ]
  node [
    id 8
    label "Krimulda"
    Country "Latvia"
    Longitude 24.70278
    Internal 1
    Latitude 57.15861
    type "Large Blue Node"
  ]
  node [
    id 9
    label "Vijkene"
    Country "Latvia"
    Longitude 24.60722
    Internal 1
    Latitude 57.60861
    type "Large Blue Node"
  ]
  node [
    id 10
    label "Saldus"
    Country "Latvia"
    Longitude 22.48807
    Internal 1
    Latitude 56.66363
    type "Large Orange Node"
  ]
  node [
    id 11
    label "Kapsede"
    Country "Latvia"
    Longitude 21.13862
    Internal 1
    Latitude 56.59
    type "Large Orange Node"
  ]
  node [
    id 12
    label "Viesite"
    Country "Latvia"
    Longitude 25.55514
    Internal 1
    Latitude 56.34751
    type "Large Blue Node"
  ]
  node [
    id 13
    label "Aizkroukle"
    Country "Latvia"
    Longitude 25.25534
    Internal 1
    Latitude 56.60477
    type "Large Blue Node"
  ]
  node [
    id 14
    label "Vilani"
    Country "Latvia"
    Longitude 26.92449
    Internal 1
    Latitude 56.55253
    type "Large Blue Node"
  ]
  node [
    id 15
    label "Gulbene"
    Country "Latvia"
    Longitude 26.75291
    Internal 1
    Latitude 57.17767
    type "Large Blue Node"
  ]
  node [
    id 16
    label "Rujiena"
    Country "Latvia"
    Longitude 25.33155
    Internal 1
    Latitude 57.89752
    type "Large Blue Node"
  ]
  node [
    id 17
    label "Salagriva"
    Country "Latvia"
    Longitude 24.35806
    Internal 1
    Latitude 57.75361
    type "Large Blue Node"
  ]
  node [
    id 18
    label "Aloja"
    Country "Latvia"
    Longitude 24.8825
    Internal 1
    Latitude 57.76694
    type "Large Orange Node"
  ]
  node [
    id 19
    label "Mazsalaca"
    Country "Latvia"
    Longitude 25.05475
    Internal 1
    Latitude 57.86329
    type "Large Orange Node"
  ]
  node [
    id 20
    label "Strenci"
    Country "Latvia"
    Longitude 25.68535
    Internal 1
    Latitude 57.62574
    type "Large Orange Node"
  ]
  node [
    id 21
    label "Pociems"
    Country "Latvia"
    Longitude 24.85139
    Internal 1
    Latitude 57.59639
    type "Large Orange Node"
  ]
  node [
    id 22
    label "Limbazi"
    Country "Latvia"
    Longitude 24.71941
    Internal 1
    Latitude 57.51287
    type "Large Orange Node"
  ]
  node [
    id 23
    label "Liepupe"
    Country "Latvia"
    Longitude 24.46778
    Internal 1
    Latitude 57.46389
    type "Large Orange Node"
  ]
  node [
    id 24
    label "Skriveri"
    Country "Latvia"
    Longitude 25.12058
    Internal 1
    Latitude 56.645
    type "Large Blue Node"
  ]
  node [
    id 25
    label "Valmiera"
    Country "Latvia"
    Longitude 25.42751
    Internal 1
    Latitude 57.54108
    type "Large Blue Node"
  ]
  node [
    id 26
    label "Rezekne"
    Country "Latvia"
    Longitude 27.31667
    Internal 1
    Latitude 56.5
    type "Large Blue Node"
  ]
  node [
    id 27
    label "Carnikava"
    Country "Latvia"
    Longitude 24.27444
    Internal 1
    Latitude 57.12944
    type "Large Blue Node"
  ]
  node [
    id 28
    label "Jumprava"
    Country "Latvia"
    Longitude 24.92056
    Internal 1
    Latitude 56.6425
    type "Small Red Node"
  ]
  node [
    id 29
    label "Kegums"
    Country "Latvia"
    Longitude 24.72439
    Internal 1
    Latitude 56.7451
    type "Large Blue Node"
  ]
  node [
    id 30
    label "Riga"
    Country "Latvia"
    Longitude 24.10589
    Internal 1
    Latitude 56.946
    type "GEANT2 PoP"
  ]
  node [
    id 31
    label "Daugapils"
    Country "Latvia"
    Longitude 26.53333
    Internal 1
    Latitude 55.88333
    type "Large Blue Node"
  ]
  node [
    id 32
    label "Ventspits"
    Country "Latvia"
    Longitude 21.56056
    Internal 1
    Latitude 57.38944
    type "Large Blue Node"
  ]
  node [
    id 33
    label "Grobina"
    Country "Latvia"
    Longitude 21.16782
    Internal 1
    Latitude 56.53521
    type "Large Blue Node"
  ]
  node [
    id 34
    label "Liepaja"
    Country "Latvia"
    Longitude 21.01667
    Internal 1
    Latitude 56.51667
    type "Large Blue Node"
  ]
  node [
    id 35
    label "Ulbroka"
    Country "Latvia"
    Longitude 24.28972
    Internal 1
    Latitude 56.94111
    type "Small Red Node"
  ]
  node [
    id 36
    label "Olaine"
    Country "Latvia"
    Longitude 23.93806
    Internal 1
    Latitude 56.78528
    type "Small Red Node"
  ]
  node [
    id 37
    label "Lielvarde"
    Country "Latvia"
    Longitude 24.80743
    Internal 1
    Latitude 56.72066
    type "Small Red Node"
  ]
  node [
    id 38
    label "Ikskile"
    Country "Latvia"
    Longitude 24.5
    Internal 1
    Latitude 56.83333
    type "Large Blue Node"
  ]
  node [
    id 39
    label "Salaspils"
    Country "Latvia"
    Longitude 24.36544
    Internal 1
    Latitude 56.86014
    type "Large Blue Node"
  ]
  node [
    id 40
    label "Bauska"
    Country "Latvia"
    Longitude 24.19056
    Internal 1
    Latitude 56.4075
    type "Large Blue Node"
  ]
  node [
    id 41
    label "Jekabpils"
    Country "Latvia"
    Longitude 25.85735
    Internal 1
    Latitude 56.49903
    type "Large Blue Node"
  ]
  node [
    id 42
    label "Jelgava"
    Country "Latvia"
    Longitude 23.71278
    Internal 1
    Latitude 56.65
    type "Large Blue Node"
  ]
  node [
    id 43
    label "Kalnciems"
    Country "Latvia"
    Longitude 23.58902
    Internal 1
    Latitude 56.83991
    type "Large Blue Node"
  ]
  node [
    id 44
    label "Kekava"
    Country "Latvia"
    Longitude 24.23
    Internal 1
    Latitude 56.82662
    type "Large Blue Node"
  ]
  node [
    id 45
    label "GEANT2"
    Internal 0
  ]
  node [
    id 46
    label "Livberze"
    Country "Latvia"
    Longitude 23.5
    Internal 1
    Latitude 56.68833
    type "Large Blue Node"
  ]
  node [
    id 47
    label "Ledurga"
    Country "Latvia"
    Longitude 24.74301
    Internal 1
    Latitude 57.3224
    type "Large Orange Node"
  ]
  node [
    id 48
    label "Sigulda"
    Country "Latvia"
    Longitude 24.86472
    Internal 1
    Latitude 57.15194
    type "Large Orange Node"
  ]
  node [
    id 49
    label "Jurmala"
    Country "Latvia"
    Longitude 23.77038
    Internal 1
    Latitude 56.968
    type "Large Orange Node"
  ]
  node [
    id 50
    label "Tukums"
    Country "Latvia"
    Longitude 23.15528
    Internal 1
    Latitude 56.96694
    type "Large Orange Node"
  ]
  node [
    id 51
    label "Talsi"
    Country "Latvia"
    Longitude 22.58137
    Internal 1
    Latitude 57.24562
    type "Large Orange Node"
  ]
  node [
    id 52
    label "Aizpute"
    Country "Latvia"
    Longitude 21.6
    Internal 1
    Latitude 56.71667
    type "Large Orange Node"
  ]
  node [
    id 53
    label "Ragona"
    Country "Latvia"
    Longitude 24.70731
    Internal 1
    Latitude 57.18074
    type "Large Orange Node"
  ]
  node [
    id 54
    label "Vangazi"
    Country "Latvia"
    Longitude 24.54861
    Internal 1
    Latitude 57.09361
    type "Large Orange Node"
  ]
  node [
    id 55
    label "Adazi"
    Country "Latvia"
    Longitude 24.32139
    Internal 1
    Latitude 57.07583
    type "Large Orange Node"
  ]
  node [
    id 56
    label "Ozolnieki"
    Country "Latvia"
    Longitude 23.78778
    Internal 1
    Latitude 56.68639
    type "Large Orange Node"
  ]
  node [
    id 57
    label "Eleja"
    Country "Latvia"
    Longitude 23.68335
    Internal 1
    Latitude 56.41588
    type "Large Blue Node"
  ]
  node [
    id 58
    label "Ogre"
    Country "Latvia"
    Longitude 24.61401
    Internal 1
    Latitude 56.8162
    type "Large Orange Node"
  ]
  node [
    id 59
    label "Preili"
    Country "Latvia"
    Longitude 26.72459
    Internal 1
    Latitude 56.29444
    type "Large Orange Node"
  ]
  node [
    id 60
    label "Livani"
    Country "Latvia"
    Longitude 26.17579
    Internal 1
    Latitude 56.35431
    type "Large Orange Node"
  ]
  node [
    id 61
    label "Balvi"
    Country "Latvia"
    Longitude 27.26583
    Internal 1
    Latitude 57.1313
    type "Large Orange Node"
  ]
  node [
    id 62
    label "Karsava"
    Country "Latvia"
    Longitude 27.68829
    Internal 1
    Latitude 56.78405
    type "Large Orange Node"
  ]
  node [
    id 63
    label "Malnava"
    Country "Latvia"
    Longitude 27.71902
    Internal 1
    Latitude 56.77535
    type "Large Orange Node"
  ]
  node [
    id 64
    label "Pusmucova"
    Country "Latvia"
    Longitude 27.71667
    Internal 1
    Latitude 56.63333
    type "Large Orange Node"
  ]
  node [
    id 65
    label "Zvigzdene"
    Country "Latvia"
    Longitude 27.66667
    Internal 1
    Latitude 56.56667
    type "Large Orange Node"
  ]
  node [
    id 66
    label "Ludza"
    Country "Latvia"
    Longitude 27.71667
    Internal 1
    Latitude 56.55
    type "Large Orange Node"
  ]
  node [
    id 67
    label "Cibla"
    Country "Latvia"
    Longitude 27.88333
    Internal 1
    Latitude 56.55
    type "Large Orange Node"
  ]
  node [
    id 68
    label "Zilupe"
    Country "Latvia"
    Longitude 28.12165
    Internal 1
    Latitude 56.38616
    type "Large Orange Node"
  ]
  edge [
    source 0
    target 30
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 2
    target 30
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 3
    target 30
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 4
    target 7
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 5
    target 10
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 6
    target 42
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 6
    target 57
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 7
    target 42
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 8
    target 48
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 9
    target 22
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 10
    target 30
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 11
    target 34
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 12
    target 41
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 12
    target 13
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 13
    target 28
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 14
    target 30
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 15
    target 30
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 16
    target 19
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 16
    target 30
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 17
    target 23
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 18
    target 19
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 18
    target 21
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 18
    target 22
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 20
    target 25
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 22
    target 30
    LinkSpeed "100"
    LinkNote "  and more"
    LinkLabel "100 Mbps and more"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 22
    target 23
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 23
    target 48
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 24
    target 30
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 25
    target 30
    LinkSpeed "100"
    LinkNote "  and more"
    LinkLabel "100 Mbps and more"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 26
    target 66
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 26
    target 30
    LinkSpeed "100"
    LinkNote "  and more"
    LinkLabel "100 Mbps and more"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 26
    target 31
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 27
    target 30
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 27
    target 55
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 28
    target 37
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 29
    target 37
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 29
    target 38
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 31
    LinkSpeed "100"
    LinkNote "  and more"
    LinkLabel "100 Mbps and more"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 34
    LinkSpeed "100"
    LinkNote "  and more"
    LinkLabel "100 Mbps and more"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 35
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 36
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 39
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 40
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 42
    LinkSpeed "100"
    LinkNote "  and more"
    LinkLabel "100 Mbps and more"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 44
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 45
    LinkType "T2"
    LinkLabel "International connectivity to GEANT2"
    LinkNote "International connectivity to GEAN"
  ]
  edge [
    source 30
    target 48
    LinkSpeed "100"
    LinkNote "  and more"
    LinkLabel "100 Mbps and more"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 49
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 50
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 51
    LinkSpeed "100"
    LinkNote "  and more"
    LinkLabel "100 Mbps and more"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 52
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 55
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 59
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 61
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 30
    target 62
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 31
    target 59
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 32
    target 50
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 33
    target 34
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 36
    target 56
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 38
    target 58
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 38
    target 39
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 41
    target 60
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 42
    target 43
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 42
    target 46
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 42
    target 56
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 47
    target 48
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 48
    target 53
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 48
    target 54
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 62
    target 63
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 63
    target 64
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 65
    target 66
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 66
    target 67
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 66
    target 68
    LinkSpeed "100"
    LinkNote "less than  "
    LinkLabel "less than 100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
]
