graph [
  DateObtained "20/01/11"
  GeoLocation "Czech Republic"
  GeoExtent "Country"
  Network "CESNET"
  Provenance "Secondary"
  Note "Hard to determine link speeds"
  Source "http://replay.waybackmachine.org/20051123114233/http://www.cesnet.cz/provoz/img/cesnet2-topo.gif"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Cesnet200511"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "11"
  LastAccess "20/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2005_11"
  DateYear "2005"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "Hradec Kralove"
    Country "Czech Republic"
    Longitude 15.83277
    Internal 1
    Latitude 50.20923
  ]
  node [
    id 1
    label "Ceska Trebova"
    Country "Czech Republic"
    Longitude 16.44413
    Internal 1
    Latitude 49.90436
  ]
  node [
    id 2
    label "Jindrichuv Hradec"
    Country "Czech Republic"
    Longitude 15.00301
    Internal 1
    Latitude 49.14404
  ]
  node [
    id 3
    label "Pardubice"
    Country "Czech Republic"
    Longitude 15.77659
    Internal 1
    Latitude 50.04075
  ]
  node [
    id 4
    label "Vyskov"
    Country "Czech Republic"
    Longitude 16.99897
    Internal 1
    Latitude 49.27747
  ]
  node [
    id 5
    label "Zlin"
    Country "Czech Republic"
    Longitude 17.66667
    Internal 1
    Latitude 49.21667
  ]
  node [
    id 6
    label "Olomouc"
    Country "Czech Republic"
    Longitude 17.25175
    Internal 1
    Latitude 49.59552
  ]
  node [
    id 7
    label "Brno"
    Country "Czech Republic"
    Longitude 16.60796
    Internal 1
    Latitude 49.19522
  ]
  node [
    id 8
    label "Breclav,Lednice"
    Country "Czech Republic"
    Longitude 16.88203
    Internal 1
    Latitude 48.75897
  ]
  node [
    id 9
    label "Ostrava"
    Country "Czech Republic"
    Longitude 18.28204
    Internal 1
    Latitude 49.83465
  ]
  node [
    id 10
    label "PIONIER"
    Internal 0
  ]
  node [
    id 11
    label "Beroun"
    Country "Czech Republic"
    Longitude 14.072
    Internal 1
    Latitude 49.96382
  ]
  node [
    id 12
    label "Marlanske Lazne"
    Country "Czech Republic"
    Longitude 12.70118
    Internal 1
    Latitude 49.96459
  ]
  node [
    id 13
    label "Most"
    Country "Czech Republic"
    Longitude 13.63617
    Internal 1
    Latitude 50.50301
  ]
  node [
    id 14
    label "Dvur Kralove"
    Country "Czech Republic"
    Longitude 15.81402
    Internal 1
    Latitude 50.43172
  ]
  node [
    id 15
    label "Krnov"
    Country "Czech Republic"
    Longitude 17.70385
    Internal 1
    Latitude 50.08967
  ]
  node [
    id 16
    label "Kyjov"
    Country "Czech Republic"
    Longitude 17.12253
    Internal 1
    Latitude 49.01018
  ]
  node [
    id 17
    label "Jihlava"
    Country "Czech Republic"
    Longitude 15.59124
    Internal 1
    Latitude 49.3961
  ]
  node [
    id 18
    label "SANET"
    Internal 0
  ]
  node [
    id 19
    label "Telc"
    Country "Czech Republic"
    Longitude 15.45275
    Internal 1
    Latitude 49.18418
  ]
  node [
    id 20
    label "Kostelec n C.L"
    Country "Czech Republic"
    Longitude 14.85922
    Internal 1
    Latitude 49.99403
  ]
  node [
    id 21
    label "Trebon"
    Country "Czech Republic"
    Longitude 14.77065
    Internal 1
    Latitude 49.00364
  ]
  node [
    id 22
    label "GEANT"
    Internal 0
  ]
  node [
    id 23
    label "Opava"
    Country "Czech Republic"
    Longitude 17.90257
    Internal 1
    Latitude 49.93866
  ]
  node [
    id 24
    label "Karvina"
    Country "Czech Republic"
    Longitude 18.49166
    Internal 1
    Latitude 49.84452
  ]
  node [
    id 25
    label "Kutna Hora"
    Country "Czech Republic"
    Longitude 15.26816
    Internal 1
    Latitude 49.94839
  ]
  node [
    id 26
    label "Rez"
    Country "Czech Republic"
    Longitude 14.35733
    Internal 1
    Latitude 50.17734
  ]
  node [
    id 27
    label "Tabor"
    Country "Czech Republic"
    Longitude 14.6578
    Internal 1
    Latitude 49.41441
  ]
  node [
    id 28
    label "Pisek"
    Country "Czech Republic"
    Longitude 14.1475
    Internal 1
    Latitude 49.3088
  ]
  node [
    id 29
    label "NIX"
    Internal 0
  ]
  node [
    id 30
    label "Internet"
    Internal 0
  ]
  node [
    id 31
    label "Cheb"
    Country "Czech Republic"
    Longitude 12.37392
    Internal 1
    Latitude 50.07963
  ]
  node [
    id 32
    label "Plzen"
    Country "Czech Republic"
    Longitude 13.37759
    Internal 1
    Latitude 49.74747
  ]
  node [
    id 33
    label "Decin"
    Country "Czech Republic"
    Longitude 14.21478
    Internal 1
    Latitude 50.78215
  ]
  node [
    id 34
    label "Usti nad Labem"
    Country "Czech Republic"
    Longitude 14.03227
    Internal 1
    Latitude 50.6607
  ]
  node [
    id 35
    label "Praha"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
  ]
  node [
    id 36
    label "Liberec"
    Country "Czech Republic"
    Longitude 15.05619
    Internal 1
    Latitude 50.76711
  ]
  node [
    id 37
    label "Podebrady"
    Country "Czech Republic"
    Longitude 15.11881
    Internal 1
    Latitude 50.14242
  ]
  node [
    id 38
    label "Ceske Budejovice"
    Country "Czech Republic"
    Longitude 14.47434
    Internal 1
    Latitude 48.97447
  ]
  edge [
    source 0
    target 1
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 0
    target 3
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 0
    target 36
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 0
    target 6
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 0
    target 14
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 0
    target 35
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 2
    target 38
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 3
    target 25
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 3
    target 35
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 3
    target 17
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 4
    target 7
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 5
    target 6
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 5
    target 7
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 6
    target 9
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 6
    target 7
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 7
    target 35
    LinkLabel "DWDM"
  ]
  edge [
    source 7
    target 8
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 7
    target 9
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 7
    target 16
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 7
    target 18
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 7
    target 38
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 9
    target 24
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 9
    target 10
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 9
    target 23
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 11
    target 35
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 12
    target 35
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 13
    target 34
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 15
    target 23
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 17
    target 19
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 20
    target 37
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 21
    target 38
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 22
    target 35
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 26
    target 35
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 27
    target 35
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 28
    target 38
    LinkLabel "10-34 Mb/s"
  ]
  edge [
    source 29
    target 35
    LinkSpeed "10"
    LinkLabel "10 Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 30
    target 35
    LinkSpeed "800"
    LinkLabel "800 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 800000000.0
  ]
  edge [
    source 31
    target 32
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 32
    target 35
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 32
    target 38
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 33
    target 34
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 34
    target 35
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 34
    target 36
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 35
    target 37
    LinkLabel "10-34 Mb/s"
  ]
]
