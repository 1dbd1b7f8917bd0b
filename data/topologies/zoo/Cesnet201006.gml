graph [
  DateObtained "14/02/11"
  GeoLocation "Czech Republic"
  GeoExtent "Country"
  Network "CESNET"
  Provenance "Primary"
  Note "Letohrad found using http://czechlight.cesnet.cz/export/sites/default/publications/network-architecture/2009/sima.pdf"
  Source "http://www.cesnet.cz/provoz/img/cesnet2-topo.pdf"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Cesnet201006"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "06"
  LastAccess "14/02/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_06"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "Hradec Kralove"
    Country "Czech Republic"
    Longitude 15.83277
    Internal 1
    Latitude 50.20923
    type "Orange Node"
  ]
  node [
    id 1
    label "Ceska Trebova"
    Country "Czech Republic"
    Longitude 16.44413
    Internal 1
    Latitude 49.90436
    type "Dark Blue Node"
  ]
  node [
    id 2
    label "Jindrichuv Hradec"
    Country "Czech Republic"
    Longitude 15.00301
    Internal 1
    Latitude 49.14404
    type "Orange Node"
  ]
  node [
    id 3
    label "Pardubice"
    Country "Czech Republic"
    Longitude 15.77659
    Internal 1
    Latitude 50.04075
    type "Orange Node"
  ]
  node [
    id 4
    label "Vyskov"
    Country "Czech Republic"
    Longitude 16.99897
    Internal 1
    Latitude 49.27747
    type "Dark Blue Node"
  ]
  node [
    id 5
    label "Zlin"
    Country "Czech Republic"
    Longitude 17.66667
    Internal 1
    Latitude 49.21667
    type "Orange Node"
  ]
  node [
    id 6
    label "Olomouc"
    Country "Czech Republic"
    Longitude 17.25175
    Internal 1
    Latitude 49.59552
    type "Orange Node"
  ]
  node [
    id 7
    label "Brno"
    Country "Czech Republic"
    Longitude 16.60796
    Internal 1
    Latitude 49.19522
    type "Orange Node"
  ]
  node [
    id 8
    label "Breclav,Lednice"
    Country "Czech Republic"
    Longitude 16.88203
    Internal 1
    Latitude 48.75897
    type "Light Blue Node"
  ]
  node [
    id 9
    label "Ostrava"
    Country "Czech Republic"
    Longitude 18.28204
    Internal 1
    Latitude 49.83465
    type "Orange Node"
  ]
  node [
    id 10
    label "Turnov"
    Country "Czech Republic"
    Longitude 15.15186
    Internal 1
    Latitude 50.58356
    type "Black Node"
  ]
  node [
    id 11
    label "Letohrad"
    Country "Czech Republic"
    Longitude 16.49879
    Internal 1
    Latitude 50.0358
    type "Orange Node"
  ]
  node [
    id 12
    label "PIONIER"
    Internal 0
  ]
  node [
    id 13
    label "ACONET"
    Internal 0
  ]
  node [
    id 14
    label "Beroun"
    Country "Czech Republic"
    Longitude 14.072
    Internal 1
    Latitude 49.96382
    type "Black Node"
  ]
  node [
    id 15
    label "Marlanske Lazne"
    Country "Czech Republic"
    Longitude 12.70118
    Internal 1
    Latitude 49.96459
    type "Black Node"
  ]
  node [
    id 16
    label "Most"
    Country "Czech Republic"
    Longitude 13.63617
    Internal 1
    Latitude 50.50301
    type "Orange Node"
  ]
  node [
    id 17
    label "Dvur Kralove"
    Country "Czech Republic"
    Longitude 15.81402
    Internal 1
    Latitude 50.43172
    type "Black Node"
  ]
  node [
    id 18
    label "Krnov"
    Country "Czech Republic"
    Longitude 17.70385
    Internal 1
    Latitude 50.08967
    type "Black Node"
  ]
  node [
    id 19
    label "Kyjov"
    Country "Czech Republic"
    Longitude 17.12253
    Internal 1
    Latitude 49.01018
    type "Orange Node"
  ]
  node [
    id 20
    label "Jihlava"
    Country "Czech Republic"
    Longitude 15.59124
    Internal 1
    Latitude 49.3961
    type "Orange Node"
  ]
  node [
    id 21
    label "SANET"
    Internal 0
  ]
  node [
    id 22
    label "Ondrejov"
    Country "Czech Republic"
    Longitude 14.0889
    Internal 1
    Latitude 48.86667
    type "Dark Blue Node"
  ]
  node [
    id 23
    label "Humpolec"
    Country "Czech Republic"
    Longitude 15.35932
    Internal 1
    Latitude 49.54152
    type "Light Blue Node"
  ]
  node [
    id 24
    label "Jablonec n N"
    Country "Czech Republic"
    Longitude 15.17108
    Internal 1
    Latitude 50.72431
    type "Light Blue Node"
  ]
  node [
    id 25
    label "Litomysl"
    Country "Czech Republic"
    Longitude 16.31298
    Internal 1
    Latitude 49.86809
    type "Black Node"
  ]
  node [
    id 26
    label "Uherske Hradiste"
    Country "Czech Republic"
    Longitude 17.45969
    Internal 1
    Latitude 49.06975
    type "Dark Blue Node"
  ]
  node [
    id 27
    label "Prostejov"
    Country "Czech Republic"
    Longitude 17.11184
    Internal 1
    Latitude 49.47188
    type "Light Blue Node"
  ]
  node [
    id 28
    label "Vodnany"
    Country "Czech Republic"
    Longitude 14.17513
    Internal 1
    Latitude 49.14789
    type "Black Node"
  ]
  node [
    id 29
    label "AMS-IX"
    Internal 0
  ]
  node [
    id 30
    label "Znojmo"
    Country "Czech Republic"
    Longitude 16.0488
    Internal 1
    Latitude 48.8555
    type "Dark Blue Node"
  ]
  node [
    id 31
    label "Nove Hrady"
    Country "Czech Republic"
    Longitude 14.77839
    Internal 1
    Latitude 48.78963
    type "Light Blue Node"
  ]
  node [
    id 32
    label "Telc"
    Country "Czech Republic"
    Longitude 15.45275
    Internal 1
    Latitude 49.18418
    type "Light Blue Node"
  ]
  node [
    id 33
    label "Kostelec n C.L"
    Country "Czech Republic"
    Longitude 14.85922
    Internal 1
    Latitude 49.99403
    type "Black Node"
  ]
  node [
    id 34
    label "Trebon"
    Country "Czech Republic"
    Longitude 14.77065
    Internal 1
    Latitude 49.00364
    type "Black Node"
  ]
  node [
    id 35
    label "GEANT"
    Internal 0
  ]
  node [
    id 36
    label "Opava"
    Country "Czech Republic"
    Longitude 17.90257
    Internal 1
    Latitude 49.93866
    type "Orange Node"
  ]
  node [
    id 37
    label "Karvina"
    Country "Czech Republic"
    Longitude 18.49166
    Internal 1
    Latitude 49.84452
    type "Orange Node"
  ]
  node [
    id 38
    label "Kutna Hora"
    Country "Czech Republic"
    Longitude 15.26816
    Internal 1
    Latitude 49.94839
    type "Light Blue Node"
  ]
  node [
    id 39
    label "Rez"
    Country "Czech Republic"
    Longitude 14.35733
    Internal 1
    Latitude 50.17734
    type "Dark Blue Node"
  ]
  node [
    id 40
    label "Tabor"
    Country "Czech Republic"
    Longitude 14.6578
    Internal 1
    Latitude 49.41441
    type "Black Node"
  ]
  node [
    id 41
    label "Pisek"
    Country "Czech Republic"
    Longitude 14.1475
    Internal 1
    Latitude 49.3088
    type "Light Blue Node"
  ]
  node [
    id 42
    label "NIX"
    Internal 0
  ]
  node [
    id 43
    label "Internet"
    Internal 0
  ]
  node [
    id 44
    label "Cheb"
    Country "Czech Republic"
    Longitude 12.37392
    Internal 1
    Latitude 50.07963
    type "Orange Node"
  ]
  node [
    id 45
    label "Plzen"
    Country "Czech Republic"
    Longitude 13.37759
    Internal 1
    Latitude 49.74747
    type "Orange Node"
  ]
  node [
    id 46
    label "Decin"
    Country "Czech Republic"
    Longitude 14.21478
    Internal 1
    Latitude 50.78215
    type "Orange Node"
  ]
  node [
    id 47
    label "Usti nad Labem"
    Country "Czech Republic"
    Longitude 14.03227
    Internal 1
    Latitude 50.6607
    type "Orange Node"
  ]
  node [
    id 48
    label "Praha"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
    type "Orange Node"
  ]
  node [
    id 49
    label "Liberec"
    Country "Czech Republic"
    Longitude 15.05619
    Internal 1
    Latitude 50.76711
    type "Orange Node"
  ]
  node [
    id 50
    label "Podebrady"
    Country "Czech Republic"
    Longitude 15.11881
    Internal 1
    Latitude 50.14242
    type "Light Blue Node"
  ]
  node [
    id 51
    label "Ceske Budejovice"
    Country "Czech Republic"
    Longitude 14.47434
    Internal 1
    Latitude 48.97447
    type "Orange Node"
  ]
  edge [
    source 0
    target 48
    LinkLabel "DWDM"
  ]
  edge [
    source 0
    target 17
    LinkLabel "< 100 Mb/s"
  ]
  edge [
    source 0
    target 3
    LinkLabel "DWDM"
  ]
  edge [
    source 0
    target 11
    LinkLabel "DWDM"
  ]
  edge [
    source 0
    target 49
    LinkLabel "DWDM"
  ]
  edge [
    source 1
    target 11
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 2
    target 51
    LinkLabel "DWDM"
  ]
  edge [
    source 2
    target 20
    LinkLabel "DWDM"
  ]
  edge [
    source 3
    target 25
    LinkLabel "< 100 Mb/s"
  ]
  edge [
    source 3
    target 38
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 3
    target 48
    LinkLabel "DWDM"
  ]
  edge [
    source 4
    target 7
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 5
    target 26
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 5
    target 6
    LinkLabel "DWDM"
  ]
  edge [
    source 5
    target 7
    LinkLabel "DWDM"
  ]
  edge [
    source 6
    target 9
    LinkLabel "DWDM"
  ]
  edge [
    source 6
    target 11
    LinkLabel "DWDM"
  ]
  edge [
    source 6
    target 7
    LinkLabel "DWDM"
  ]
  edge [
    source 7
    target 32
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 7
    target 8
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 7
    target 9
    LinkLabel "DWDM"
  ]
  edge [
    source 7
    target 13
    LinkLabel "DWDM"
  ]
  edge [
    source 7
    target 48
    LinkLabel "DWDM"
  ]
  edge [
    source 7
    target 19
    LinkLabel "DWDM"
  ]
  edge [
    source 7
    target 20
    LinkLabel "DWDM"
  ]
  edge [
    source 7
    target 21
    LinkLabel "DWDM"
  ]
  edge [
    source 7
    target 23
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 7
    target 27
    LinkLabel "< 100 Mb/s"
  ]
  edge [
    source 9
    target 12
    LinkLabel "DWDM"
  ]
  edge [
    source 9
    target 36
    LinkLabel "DWDM"
  ]
  edge [
    source 9
    target 37
    LinkLabel "DWDM"
  ]
  edge [
    source 10
    target 49
    LinkLabel "< 100 Mb/s"
  ]
  edge [
    source 11
    target 36
    LinkLabel "DWDM"
  ]
  edge [
    source 14
    target 48
    LinkLabel "< 100 Mb/s"
  ]
  edge [
    source 15
    target 48
    LinkLabel "< 100 Mb/s"
  ]
  edge [
    source 15
    target 44
    LinkLabel "DWDM"
  ]
  edge [
    source 15
    target 45
    LinkLabel "DWDM"
  ]
  edge [
    source 16
    target 44
    LinkLabel "DWDM"
  ]
  edge [
    source 16
    target 46
    LinkLabel "DWDM"
  ]
  edge [
    source 16
    target 47
    LinkLabel "DWDM"
  ]
  edge [
    source 18
    target 36
    LinkLabel "< 100 Mb/s"
  ]
  edge [
    source 20
    target 30
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 22
    target 48
    LinkSpeed "10"
    LinkLabel "10 Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 24
    target 49
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 28
    target 51
    LinkLabel "< 100 Mb/s"
  ]
  edge [
    source 29
    target 48
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 31
    target 51
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 33
    target 48
    LinkLabel "< 100 Mb/s"
  ]
  edge [
    source 34
    target 51
    LinkLabel "< 100 Mb/s"
  ]
  edge [
    source 35
    target 48
    LinkSpeed "10"
    LinkLabel "10 Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 39
    target 48
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 40
    target 48
    LinkLabel "< 100 Mb/s"
  ]
  edge [
    source 41
    target 48
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 42
    target 48
    LinkSpeed "10"
    LinkLabel "10 Gb/s"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 43
    target 48
    LinkLabel "1-2.5 Gb/s"
  ]
  edge [
    source 45
    target 48
    LinkLabel "DWDM"
  ]
  edge [
    source 45
    target 51
    LinkLabel "DWDM"
  ]
  edge [
    source 46
    target 47
    LinkLabel "DWDM"
  ]
  edge [
    source 47
    target 48
    LinkLabel "DWDM"
  ]
  edge [
    source 47
    target 49
    LinkLabel "DWDM"
  ]
  edge [
    source 48
    target 49
    LinkLabel "DWDM"
  ]
  edge [
    source 48
    target 50
    LinkSpeed "100"
    LinkLabel "100 Mb/s"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 48
    target 51
    LinkLabel "DWDM"
  ]
]
