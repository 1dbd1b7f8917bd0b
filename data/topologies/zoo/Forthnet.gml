graph [
  DateObtained "22/10/10"
  GeoLocation "Greece"
  GeoExtent "Country"
  Network "FORTHNET"
  Provenance "Primary"
  Note "No customer services for resale? Web site not clear."
  Source "http://www.forthnet.gr/templates/sc.aspx?c=10006453"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Forthnet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 1
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Komotini"
    Country "Greece"
    Longitude 25.39639
    Internal 1
    Latitude 41.12278
    type "Main PoP"
  ]
  node [
    id 1
    label "Alexandroypoli"
    Country "Greece"
    Longitude 25.87444
    Internal 1
    Latitude 40.8475
    type "Main PoP"
  ]
  node [
    id 2
    label "Xanthi"
    Country "Greece"
    Longitude 24.88361
    Internal 1
    Latitude 41.14139
    type "PoP"
  ]
  node [
    id 3
    label "Kavala"
    Country "Greece"
    Longitude 24.40194
    Internal 1
    Latitude 40.93972
    type "Main PoP"
  ]
  node [
    id 4
    label "Interconnection Greece"
    Internal 0
  ]
  node [
    id 5
    label "Chios"
    Country "Greece"
    Longitude 26.13583
    Internal 1
    Latitude 38.36778
    type "PoP"
  ]
  node [
    id 6
    label "Lesbos"
    Country "Greece"
    Longitude 26.22025
    Internal 1
    Latitude 39.31079
    type "PoP"
  ]
  node [
    id 7
    label "Athens"
    Country "Greece"
    Longitude 23.71622
    Internal 1
    Latitude 37.97945
    type "Main PoP"
  ]
  node [
    id 8
    label "Zakynthos"
    Country "Greece"
    Longitude 20.89528
    Internal 1
    Latitude 37.79139
    type "PoP"
  ]
  node [
    id 9
    label "Pyrgos"
    Country "Greece"
    Longitude 20.78472
    Internal 1
    Latitude 40.15889
    type "PoP"
  ]
  node [
    id 10
    label "Samos"
    Country "Greece"
    Longitude 26.97694
    Internal 1
    Latitude 37.75722
    type "PoP"
  ]
  node [
    id 11
    label "Rhodes"
    Country "Greece"
    Longitude 28.2225
    Internal 1
    Latitude 36.44083
    type "Main PoP"
  ]
  node [
    id 12
    label "Agrinio"
    Country "Greece"
    Longitude 21.40778
    Internal 1
    Latitude 38.62139
    type "PoP"
  ]
  node [
    id 13
    label "Mesologgi"
    Country "Greece"
    Longitude 21.42952
    Internal 1
    Latitude 38.37019
    type "PoP"
  ]
  node [
    id 14
    label "Prevezza"
    Country "Greece"
    Longitude 20.75
    Internal 1
    Latitude 38.95
    type "PoP"
  ]
  node [
    id 15
    label "Arta"
    Country "Greece"
    Longitude 20.98528
    Internal 1
    Latitude 39.16056
    type "PoP"
  ]
  node [
    id 16
    label "Lamia"
    Country "Greece"
    Longitude 22.43333
    Internal 1
    Latitude 38.9
    type "PoP"
  ]
  node [
    id 17
    label "Inofita"
    Country "Greece"
    Longitude 23.63333
    Internal 1
    Latitude 38.31667
    type "PoP"
  ]
  node [
    id 18
    label "Rethymnon"
    Country "Greece"
    Longitude 24.47139
    Internal 1
    Latitude 35.36472
    type "PoP"
  ]
  node [
    id 19
    label "Moires"
    Country "Greece"
    Longitude 24.86667
    Internal 1
    Latitude 35.05
    type "PoP"
  ]
  node [
    id 20
    label "Ag. Nikolaos"
    Country "Greece"
    Longitude 25.71333
    Internal 1
    Latitude 35.19139
    type "Main PoP"
  ]
  node [
    id 21
    label "Ierapetra"
    Country "Greece"
    Longitude 25.73528
    Internal 1
    Latitude 35.01
    type "PoP"
  ]
  node [
    id 22
    label "Siteia"
    Country "Greece"
    Longitude 26.09861
    Internal 1
    Latitude 35.2
    type "PoP"
  ]
  node [
    id 23
    label "Corinth"
    Country "Greece"
    Longitude 22.95734
    Internal 1
    Latitude 37.94068
    type "PoP"
  ]
  node [
    id 24
    label "Itea"
    Country "Greece"
    Longitude 22.16667
    Internal 1
    Latitude 39.46667
    type "PoP"
  ]
  node [
    id 25
    label "Livadia"
    Country "Greece"
    Longitude 22.28611
    Internal 1
    Latitude 41.00167
    type "PoP"
  ]
  node [
    id 26
    label "Kastoria"
    Country "Greece"
    Longitude 21.26667
    Internal 1
    Latitude 40.51667
    type "PoP"
  ]
  node [
    id 27
    label "Larissa"
    Country "Greece"
    Longitude 22.42028
    Internal 1
    Latitude 39.63722
    type "Main PoP"
  ]
  node [
    id 28
    label "Lefkada"
    Country "Greece"
    Longitude 20.70194
    Internal 1
    Latitude 38.8275
    type "PoP"
  ]
  node [
    id 29
    label "Grevena"
    Country "Greece"
    Longitude 21.80278
    Internal 1
    Latitude 39.9225
    type "PoP"
  ]
  node [
    id 30
    label "Igoumenitsa"
    Country "Greece"
    Longitude 20.26556
    Internal 1
    Latitude 39.50389
    type "PoP"
  ]
  node [
    id 31
    label "Argostoli"
    Country "Greece"
    Longitude 20.48903
    Internal 1
    Latitude 38.18109
    type "PoP"
  ]
  node [
    id 32
    label "Internet"
    Internal 0
  ]
  node [
    id 33
    label "Patra"
    Country "Greece"
    Longitude 21.73444
    Internal 1
    Latitude 38.24444
    type "Main PoP"
  ]
  node [
    id 34
    label "Sklathos"
    Country "Greece"
    Longitude 23.49089
    Internal 1
    Latitude 39.16227
    type "PoP"
  ]
  node [
    id 35
    label "Chalkida"
    Country "Greece"
    Longitude 23.59944
    Internal 1
    Latitude 38.46361
    type "Main PoP"
  ]
  node [
    id 36
    label "Karditsa"
    Country "Greece"
    Longitude 21.92167
    Internal 1
    Latitude 39.36556
    type "PoP"
  ]
  node [
    id 37
    label "Volos"
    Country "Greece"
    Longitude 22.94583
    Internal 1
    Latitude 39.36667
    type "PoP"
  ]
  node [
    id 38
    label "Karpenisi"
    Country "Greece"
    Longitude 21.78333
    Internal 1
    Latitude 38.91667
    type "PoP"
  ]
  node [
    id 39
    label "Trikana"
    Country "Greece"
    Longitude 21.7675
    Internal 1
    Latitude 39.55528
    type "PoP"
  ]
  node [
    id 40
    label "Corfu"
    Country "Greece"
    Longitude 19.91972
    Internal 1
    Latitude 39.62
    type "PoP"
  ]
  node [
    id 41
    label "Ioaninna"
    Country "Greece"
    Longitude 20.85083
    Internal 1
    Latitude 39.6675
    type "Main PoP"
  ]
  node [
    id 42
    label "Hersonlssos"
    Country "Greece"
    Longitude 25.37112
    Internal 1
    Latitude 35.30903
    type "PoP"
  ]
  node [
    id 43
    label "Heraklion"
    Country "Greece"
    Longitude 25.14341
    Internal 1
    Latitude 35.32787
    type "Main PoP"
  ]
  node [
    id 44
    label "Argos"
    Country "Greece"
    Longitude 22.73333
    Internal 1
    Latitude 37.63333
    type "PoP"
  ]
  node [
    id 45
    label "Syros"
    Country "Greece"
    Longitude 24.93333
    Internal 1
    Latitude 37.45
    type "PoP"
  ]
  node [
    id 46
    label "Mykonos"
    Country "Greece"
    Longitude 25.32872
    Internal 1
    Latitude 37.44529
    type "PoP"
  ]
  node [
    id 47
    label "Santorini"
    Country "Greece"
    Longitude 25.42959
    Internal 1
    Latitude 36.38613
    type "PoP"
  ]
  node [
    id 48
    label "Chania"
    Country "Greece"
    Longitude 24.01556
    Internal 1
    Latitude 35.51222
    type "Main PoP"
  ]
  node [
    id 49
    label "Sparta"
    Country "Greece"
    Longitude 22.42972
    Internal 1
    Latitude 37.07333
    type "PoP"
  ]
  node [
    id 50
    label "Kalamata"
    Country "Greece"
    Longitude 22.11417
    Internal 1
    Latitude 37.03889
    type "PoP"
  ]
  node [
    id 51
    label "Tripoli"
    Country "Greece"
    Longitude 22.37944
    Internal 1
    Latitude 37.50889
    type "Main PoP"
  ]
  node [
    id 52
    label "Polygyros"
    Country "Greece"
    Longitude 23.43833
    Internal 1
    Latitude 40.37444
    type "PoP"
  ]
  node [
    id 53
    label "Drama"
    Country "Greece"
    Longitude 24.13944
    Internal 1
    Latitude 41.15444
    type "PoP"
  ]
  node [
    id 54
    label "Serres"
    Country "Greece"
    Longitude 23.54972
    Internal 1
    Latitude 41.08556
    type "Main PoP"
  ]
  node [
    id 55
    label "Thessaloniki"
    Country "Greece"
    Longitude 22.94389
    Internal 1
    Latitude 40.64028
    type "Main PoP"
  ]
  node [
    id 56
    label "Kilkis"
    Country "Greece"
    Longitude 22.87083
    Internal 1
    Latitude 40.99194
    type "PoP"
  ]
  node [
    id 57
    label "Edessa"
    Country "Greece"
    Longitude 22.04722
    Internal 1
    Latitude 40.80056
    type "PoP"
  ]
  node [
    id 58
    label "Florina"
    Country "Greece"
    Longitude 21.40981
    Internal 1
    Latitude 40.78197
    type "PoP"
  ]
  node [
    id 59
    label "Verola"
    Country "Greece"
    Longitude 22.20361
    Internal 1
    Latitude 40.52333
    type "PoP"
  ]
  node [
    id 60
    label "Kozani"
    Country "Greece"
    Longitude 21.78639
    Internal 1
    Latitude 40.30111
    type "PoP"
  ]
  node [
    id 61
    label "Katerina"
    Country "Greece"
    Longitude 22.5025
    Internal 1
    Latitude 40.27194
    type "PoP"
  ]
  edge [
    source 0
    target 55
    id "e9"
  ]
  edge [
    source 1
    target 55
    id "e10"
  ]
  edge [
    source 2
    target 3
    id "e14"
  ]
  edge [
    source 3
    target 53
    id "e13"
  ]
  edge [
    source 3
    target 55
    id "e8"
  ]
  edge [
    source 4
    target 7
    LinkSpeed "11"
    LinkLabel "11 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 11000000000.0
  ]
  edge [
    source 5
    target 7
    id "e25"
  ]
  edge [
    source 6
    target 7
    id "e15"
  ]
  edge [
    source 7
    target 32
    LinkSpeed "28"
    LinkLabel "28 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 28000000000.0
  ]
  edge [
    source 7
    target 33
    id "e22"
  ]
  edge [
    source 7
    target 35
    id "e21"
  ]
  edge [
    source 7
    target 41
    id "e29"
  ]
  edge [
    source 7
    target 10
    id "e26"
  ]
  edge [
    source 7
    target 11
    id "e27"
  ]
  edge [
    source 7
    target 45
    id "e30"
  ]
  edge [
    source 7
    target 46
    id "e34"
  ]
  edge [
    source 7
    target 47
    id "e28"
  ]
  edge [
    source 7
    target 16
    id "e19"
  ]
  edge [
    source 7
    target 17
    id "e20"
  ]
  edge [
    source 7
    target 51
    id "e31"
  ]
  edge [
    source 7
    target 43
    id "e33"
  ]
  edge [
    source 7
    target 55
    id "e11"
  ]
  edge [
    source 7
    target 24
    id "e17"
  ]
  edge [
    source 7
    target 25
    id "e18"
  ]
  edge [
    source 7
    target 27
    id "e32"
  ]
  edge [
    source 7
    target 23
    id "e16"
  ]
  edge [
    source 8
    target 33
    id "e60"
  ]
  edge [
    source 9
    target 33
    id "e61"
  ]
  edge [
    source 12
    target 33
    id "e56"
  ]
  edge [
    source 13
    target 33
    id "e57"
  ]
  edge [
    source 14
    target 41
    id "e53"
  ]
  edge [
    source 15
    target 41
    id "e54"
  ]
  edge [
    source 18
    target 43
    id "e41"
  ]
  edge [
    source 19
    target 43
    id "e39"
  ]
  edge [
    source 20
    target 42
    id "e42"
  ]
  edge [
    source 20
    target 21
    id "e43"
  ]
  edge [
    source 20
    target 22
    id "e44"
  ]
  edge [
    source 26
    target 41
    id "e55"
  ]
  edge [
    source 27
    target 36
    id "e47"
  ]
  edge [
    source 27
    target 37
    id "e46"
  ]
  edge [
    source 27
    target 38
    id "e49"
  ]
  edge [
    source 27
    target 39
    id "e48"
  ]
  edge [
    source 28
    target 33
    id "e58"
  ]
  edge [
    source 29
    target 41
    id "e52"
  ]
  edge [
    source 30
    target 41
    id "e51"
  ]
  edge [
    source 31
    target 33
    id "e59"
  ]
  edge [
    source 32
    target 55
    LinkSpeed "15"
    LinkLabel "15 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 15000000000.0
  ]
  edge [
    source 34
    target 35
    id "e45"
  ]
  edge [
    source 40
    target 41
    id "e50"
  ]
  edge [
    source 42
    target 43
    id "e40"
  ]
  edge [
    source 43
    target 48
    id "e38"
  ]
  edge [
    source 44
    target 51
    id "e35"
  ]
  edge [
    source 49
    target 51
    id "e37"
  ]
  edge [
    source 50
    target 51
    id "e36"
  ]
  edge [
    source 52
    target 55
    id "e7"
  ]
  edge [
    source 54
    target 55
    id "e0"
  ]
  edge [
    source 55
    target 56
    id "e1"
  ]
  edge [
    source 55
    target 57
    id "e2"
  ]
  edge [
    source 55
    target 58
    id "e3"
  ]
  edge [
    source 55
    target 59
    id "e4"
  ]
  edge [
    source 55
    target 60
    id "e5"
  ]
  edge [
    source 55
    target 61
    id "e6"
  ]
]
