graph [
  DateObtained "22/10/10"
  GeoLocation "Brazil"
  GeoExtent "Country"
  Network "RNP"
  Provenance "Primary"
  Access 0
  Source "http://www.rnp.br/backbone/"
  Version "1.0"
  Type "REN"
  DateType "Dynamic"
  Backbone 1
  Commercial 0
  label "Rnp"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Revife"
    Country "Brazil"
    Longitude -34.88111
    Internal 1
    Latitude -8.05389
  ]
  node [
    id 1
    label "Maceio"
    Country "Brazil"
    Longitude -35.73528
    Internal 1
    Latitude -9.66583
  ]
  node [
    id 2
    label "Campina Grande"
    Country "Brazil"
    Longitude -35.88111
    Internal 1
    Latitude -7.23056
  ]
  node [
    id 3
    label "Jobo Passoa"
    Country "Brazil"
    Longitude -34.86306
    Internal 1
    Latitude -7.115
  ]
  node [
    id 4
    label "Brasilia"
    Country "Brazil"
    Longitude -47.92972
    Internal 1
    Latitude -15.77972
  ]
  node [
    id 5
    label "Belo Horizonte"
    Country "Brazil"
    Longitude -43.93778
    Internal 1
    Latitude -19.92083
  ]
  node [
    id 6
    label "Aracaju"
    Country "Brazil"
    Longitude -37.07167
    Internal 1
    Latitude -10.91111
  ]
  node [
    id 7
    label "Salvador"
    Country "Brazil"
    Longitude -38.51083
    Internal 1
    Latitude -12.97111
  ]
  node [
    id 8
    label "Vitoria"
    Country "Brazil"
    Longitude -40.33778
    Internal 1
    Latitude -20.31944
  ]
  node [
    id 9
    label "Rio de Janeiro"
    Country "Brazil"
    Longitude -43.2075
    Internal 1
    Latitude -22.90278
  ]
  node [
    id 10
    label "Manaus"
    Country "Brazil"
    Longitude -60.025
    Internal 1
    Latitude -3.10194
  ]
  node [
    id 11
    label "Goiania"
    Country "Brazil"
    Longitude -49.25389
    Internal 1
    Latitude -16.67861
  ]
  node [
    id 12
    label "Cuiaba"
    Country "Brazil"
    Longitude -56.09667
    Internal 1
    Latitude -15.59611
  ]
  node [
    id 13
    label "Curitiba"
    Country "Brazil"
    Longitude -49.27306
    Internal 1
    Latitude -25.42778
  ]
  node [
    id 14
    label "Porto Alegro"
    Country "Brazil"
    Longitude -51.23
    Internal 1
    Latitude -30.03306
  ]
  node [
    id 15
    label "Florianopolis"
    Country "Brazil"
    Longitude -48.54917
    Internal 1
    Latitude -27.59667
  ]
  node [
    id 16
    label "Sao Paulo"
    Country "Brazil"
    Longitude -46.63611
    Internal 1
    Latitude -23.5475
  ]
  node [
    id 17
    label "Porto Velho"
    Country "Brazil"
    Longitude -63.90389
    Internal 1
    Latitude -8.76194
  ]
  node [
    id 18
    label "Rio Branco"
    Country "Brazil"
    Longitude -67.81
    Internal 1
    Latitude -9.97472
  ]
  node [
    id 19
    label "Palmas"
    Country "Brazil"
    Longitude -48.36028
    Internal 1
    Latitude -10.21278
  ]
  node [
    id 20
    label "Campo Grande"
    Country "Brazil"
    Longitude -54.64639
    Internal 1
    Latitude -20.44278
  ]
  node [
    id 21
    label "Teresina"
    Country "Brazil"
    Longitude -42.80194
    Internal 1
    Latitude -5.08917
  ]
  node [
    id 22
    label "Natal"
    Country "Brazil"
    Longitude -35.20944
    Internal 1
    Latitude -5.795
  ]
  node [
    id 23
    label "RedCLARA"
    Internal 0
  ]
  node [
    id 24
    label "Inetnet Comercial"
    Internal 0
  ]
  node [
    id 25
    label "Americas Light"
    Internal 0
  ]
  node [
    id 26
    label "Boa Vista"
    Country "Brazil"
    Longitude -60.67333
    Internal 1
    Latitude 2.81972
  ]
  node [
    id 27
    label "Macapa"
    Country "Brazil"
    Longitude -51.06639
    Internal 1
    Latitude 0.03889
  ]
  node [
    id 28
    label "Belem"
    Country "Brazil"
    Longitude -48.50444
    Internal 1
    Latitude -1.45583
  ]
  node [
    id 29
    label "Sao Luis"
    Country "Brazil"
    Longitude -44.30278
    Internal 1
    Latitude -2.52972
  ]
  node [
    id 30
    label "Fortaleza"
    Country "Brazil"
    Longitude -38.54306
    Internal 1
    Latitude -3.71722
  ]
  edge [
    source 0
    target 2
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 21
    LinkSpeed "3"
    LinkLabel "3Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3000000000.0
  ]
  edge [
    source 1
    target 6
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 2
    target 3
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 3
    target 22
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 9
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 26
    LinkSpeed "20"
    LinkLabel "20Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 4
    target 27
    LinkSpeed "20"
    LinkLabel "20Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 4
    target 10
    LinkSpeed "200"
    LinkLabel "200Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 200000000.0
  ]
  edge [
    source 4
    target 5
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 5
    target 16
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 5
    target 30
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 5
    target 7
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 7
    target 8
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 8
    target 9
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 9
    target 16
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 11
    target 19
    LinkSpeed "3"
    LinkLabel "3Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3000000000.0
  ]
  edge [
    source 11
    target 12
    LinkSpeed "3"
    LinkLabel "3Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3000000000.0
  ]
  edge [
    source 12
    target 17
    LinkSpeed "3"
    LinkLabel "3Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3000000000.0
  ]
  edge [
    source 12
    target 20
    LinkSpeed "3"
    LinkLabel "3Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3000000000.0
  ]
  edge [
    source 13
    target 16
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 13
    target 20
    LinkSpeed "3"
    LinkLabel "3Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3000000000.0
  ]
  edge [
    source 13
    target 14
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 14
    target 15
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 15
    target 16
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 16
    target 23
    LinkSpeed "1.45"
    LinkLabel "1.45Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1450000000.0
  ]
  edge [
    source 16
    target 24
    LinkSpeed "3.5"
    LinkLabel "3.5Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3500000000.0
  ]
  edge [
    source 16
    target 25
    LinkSpeed "20"
    LinkLabel "20Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 20000000000.0
  ]
  edge [
    source 17
    target 18
    LinkSpeed "3"
    LinkLabel "3Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3000000000.0
  ]
  edge [
    source 21
    target 28
    LinkSpeed "3"
    LinkLabel "3Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3000000000.0
  ]
  edge [
    source 22
    target 30
    LinkSpeed "10"
    LinkLabel "10Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 28
    target 29
    LinkSpeed "3"
    LinkLabel "3Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3000000000.0
  ]
  edge [
    source 29
    target 30
    LinkSpeed "3"
    LinkLabel "3Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 3000000000.0
  ]
]
