graph [
  DateObtained "21/10/10"
  GeoLocation "Turkey"
  GeoExtent "Country"
  Network "ULAKNET"
  Provenance "Primary"
  Note "Very sparse webpage"
  Source "http://www.ulakbim.gov.tr/hakkimizda/tarihce/ulaknet/YeniUlak2010.jpg"
  Version "1.0"
  Type "REN"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Ulaknet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "21/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Denizli"
    Country "Turkey"
    Longitude 29.0875
    Internal 1
    Latitude 37.77417
    type "Yellow Colour"
  ]
  node [
    id 1
    label "Usak"
    Country "Turkey"
    Longitude 29.4058
    Internal 1
    Latitude 38.67351
    type "Yellow Colour"
  ]
  node [
    id 2
    label "Aydin"
    Country "Turkey"
    Longitude 27.83963
    Internal 1
    Latitude 37.84501
    type "Yellow Colour"
  ]
  node [
    id 3
    label "Mugla"
    Country "Turkey"
    Longitude 28.3665
    Internal 1
    Latitude 37.21807
    type "Yellow Colour"
  ]
  node [
    id 4
    label "Burdur"
    Country "Turkey"
    Longitude 30.29083
    Internal 1
    Latitude 37.72028
    type "Yellow Colour"
  ]
  node [
    id 5
    label "Antalya"
    Country "Turkey"
    Longitude 30.68972
    Internal 1
    Latitude 36.9125
    type "Yellow Colour"
  ]
  node [
    id 6
    label "Afyonkarahisar"
    Country "Turkey"
    Longitude 30.54333
    Internal 1
    Latitude 38.75667
    type "Yellow Colour"
  ]
  node [
    id 7
    label "Isparta"
    Country "Turkey"
    Longitude 30.55222
    Internal 1
    Latitude 37.76444
    type "Yellow Colour"
  ]
  node [
    id 8
    label "Batman"
    Country "Turkey"
    Longitude 41.13221
    Internal 1
    Latitude 37.88738
    type "Yellow Colour"
  ]
  node [
    id 9
    label "Siirt"
    Country "Turkey"
    Longitude 41.94025
    Internal 1
    Latitude 37.93262
    type "Yellow Colour"
  ]
  node [
    id 10
    label "Gazimagusa"
    Internal 1
    type "Yellow Colour"
  ]
  node [
    id 11
    label "Yalova"
    Country "Turkey"
    Longitude 29.27693
    Internal 1
    Latitude 40.65502
    type "Yellow Colour"
  ]
  node [
    id 12
    label "Amasya"
    Country "Turkey"
    Longitude 35.83306
    Internal 1
    Latitude 40.65333
    type "Yellow Colour"
  ]
  node [
    id 13
    label "Tokat"
    Country "Turkey"
    Longitude 36.55444
    Internal 1
    Latitude 40.31389
    type "Yellow Colour"
  ]
  node [
    id 14
    label "Nigde"
    Country "Turkey"
    Longitude 34.67935
    Internal 1
    Latitude 37.96583
    type "Yellow Colour"
  ]
  node [
    id 15
    label "Hatay"
    Country "Turkey"
    Longitude 36.15722
    Internal 1
    Latitude 36.20655
    type "Yellow Colour"
  ]
  node [
    id 16
    label "Adiyaman"
    Country "Turkey"
    Longitude 38.27629
    Internal 1
    Latitude 37.76441
    type "Yellow Colour"
  ]
  node [
    id 17
    label "K. Maras"
    Internal 1
    type "Yellow Colour"
  ]
  node [
    id 18
    label "Erzurum"
    Country "Turkey"
    Longitude 41.27694
    Internal 1
    Latitude 39.90861
    type "Yellow Colour"
  ]
  node [
    id 19
    label "Bartin"
    Country "Turkey"
    Longitude 32.3375
    Internal 1
    Latitude 41.63583
    type "Yellow Colour"
  ]
  node [
    id 20
    label "Karabuk"
    Country "Turkey"
    Longitude 32.62768
    Internal 1
    Latitude 41.20488
    type "Yellow Colour"
  ]
  node [
    id 21
    label "Mersin"
    Country "Turkey"
    Longitude 34.61792
    Internal 1
    Latitude 36.79526
    type "Yellow Colour"
  ]
  node [
    id 22
    label "Karaman"
    Country "Turkey"
    Longitude 33.215
    Internal 1
    Latitude 37.18111
    type "Yellow Colour"
  ]
  node [
    id 23
    label "Aksaray"
    Country "Turkey"
    Longitude 34.02537
    Internal 1
    Latitude 38.37255
    type "Yellow Colour"
  ]
  node [
    id 24
    label "Konya"
    Country "Turkey"
    Longitude 32.4825
    Internal 1
    Latitude 37.86556
    type "Yellow Colour"
  ]
  node [
    id 25
    label "Sinop"
    Country "Turkey"
    Longitude 35.17124
    Internal 1
    Latitude 42.03087
    type "Yellow Colour"
  ]
  node [
    id 26
    label "Samsun"
    Country "Turkey"
    Longitude 36.33
    Internal 1
    Latitude 41.28667
    type "Yellow Colour"
  ]
  node [
    id 27
    label "Adana"
    Country "Turkey"
    Longitude 35.32889
    Internal 1
    Latitude 37.00167
    type "Yellow Colour"
  ]
  node [
    id 28
    label "Bilecik"
    Country "Turkey"
    Longitude 29.97932
    Internal 1
    Latitude 40.14192
    type "Yellow Colour"
  ]
  node [
    id 29
    label "Giresun"
    Country "Turkey"
    Longitude 38.38741
    Internal 1
    Latitude 40.91698
    type "Yellow Colour"
  ]
  node [
    id 30
    label "Hakkari"
    Country "Turkey"
    Longitude 43.74083
    Internal 1
    Latitude 37.57444
    type "Yellow Colour"
  ]
  node [
    id 31
    label "Elazig"
    Country "Turkey"
    Longitude 39.22321
    Internal 1
    Latitude 38.67431
    type "Yellow Colour"
  ]
  node [
    id 32
    label "Ardahan"
    Country "Turkey"
    Longitude 42.70222
    Internal 1
    Latitude 41.10871
    type "Yellow Colour"
  ]
  node [
    id 33
    label "Artvin"
    Country "Turkey"
    Longitude 41.81944
    Internal 1
    Latitude 41.18222
    type "Yellow Colour"
  ]
  node [
    id 34
    label "Corum"
    Country "Turkey"
    Longitude 34.95333
    Internal 1
    Latitude 40.54889
    type "Yellow Colour"
  ]
  node [
    id 35
    label "Bingol"
    Country "Turkey"
    Longitude 40.49389
    Internal 1
    Latitude 38.88472
    type "Yellow Colour"
  ]
  node [
    id 36
    label "Van"
    Country "Turkey"
    Longitude 43.38311
    Internal 1
    Latitude 38.49239
    type "Yellow Colour"
  ]
  node [
    id 37
    label "Osmaniye"
    Country "Turkey"
    Longitude 36.24778
    Internal 1
    Latitude 37.07417
    type "Yellow Colour"
  ]
  node [
    id 38
    label "Agri"
    Country "Turkey"
    Longitude 43.05139
    Internal 1
    Latitude 39.71944
    type "Yellow Colour"
  ]
  node [
    id 39
    label "Ordu"
    Country "Turkey"
    Longitude 37.87889
    Internal 1
    Latitude 40.98472
    type "Yellow Colour"
  ]
  node [
    id 40
    label "Mardin"
    Country "Turkey"
    Longitude 40.74357
    Internal 1
    Latitude 37.31309
    type "Yellow Colour"
  ]
  node [
    id 41
    label "Malatya"
    Country "Turkey"
    Longitude 38.31667
    Internal 1
    Latitude 38.35018
    type "Yellow Colour"
  ]
  node [
    id 42
    label "Sirnak"
    Country "Turkey"
    Longitude 42.45944
    Internal 1
    Latitude 37.52278
    type "Yellow Colour"
  ]
  node [
    id 43
    label "Diyarbakir"
    Country "Turkey"
    Longitude 40.21889
    Internal 1
    Latitude 37.91583
    type "Yellow Colour"
  ]
  node [
    id 44
    label "Yozgat"
    Country "Turkey"
    Longitude 34.80444
    Internal 1
    Latitude 39.82
    type "Yellow Colour"
  ]
  node [
    id 45
    label "Kayseri"
    Country "Turkey"
    Longitude 35.48528
    Internal 1
    Latitude 38.73222
    type "Yellow Colour"
  ]
  node [
    id 46
    label "Kars"
    Country "Turkey"
    Longitude 43.09495
    Internal 1
    Latitude 40.60199
    type "Yellow Colour"
  ]
  node [
    id 47
    label "Nevsehir"
    Country "Turkey"
    Longitude 34.71222
    Internal 1
    Latitude 38.625
    type "Yellow Colour"
  ]
  node [
    id 48
    label "Gaziantep"
    Country "Turkey"
    Longitude 37.3825
    Internal 1
    Latitude 37.05944
    type "Yellow Colour"
  ]
  node [
    id 49
    label "Kirikkale"
    Country "Turkey"
    Longitude 33.50639
    Internal 1
    Latitude 39.84528
    type "Yellow Colour"
  ]
  node [
    id 50
    label "Kilis"
    Country "Turkey"
    Longitude 37.115
    Internal 1
    Latitude 36.71611
    type "Yellow Colour"
  ]
  node [
    id 51
    label "GEANT"
    Internal 0
  ]
  node [
    id 52
    label "Kirsehir"
    Country "Turkey"
    Longitude 34.16389
    Internal 1
    Latitude 39.14583
    type "Yellow Colour"
  ]
  node [
    id 53
    label "Cankiri"
    Country "Turkey"
    Longitude 33.6153
    Internal 1
    Latitude 40.59995
    type "Yellow Colour"
  ]
  node [
    id 54
    label "Kastamonu"
    Country "Turkey"
    Longitude 33.77528
    Internal 1
    Latitude 41.37805
    type "Yellow Colour"
  ]
  node [
    id 55
    label "Mus"
    Country "Turkey"
    Longitude 41.50693
    Internal 1
    Latitude 38.74525
    type "Yellow Colour"
  ]
  node [
    id 56
    label "Eskisehir"
    Country "Turkey"
    Longitude 30.52056
    Internal 1
    Latitude 39.77667
    type "Yellow Colour"
  ]
  node [
    id 57
    label "Kocaeli"
    Country "Turkey"
    Longitude 29.91694
    Internal 1
    Latitude 40.76694
    type "Yellow Colour"
  ]
  node [
    id 58
    label "Sakarya"
    Country "Turkey"
    Longitude 30.40333
    Internal 1
    Latitude 40.78056
    type "Yellow Colour"
  ]
  node [
    id 59
    label "Bitlis"
    Country "Turkey"
    Longitude 42.10784
    Internal 1
    Latitude 38.40115
    type "Yellow Colour"
  ]
  node [
    id 60
    label "Bursa"
    Country "Turkey"
    Longitude 29.06111
    Internal 1
    Latitude 40.19167
    type "Yellow Colour"
  ]
  node [
    id 61
    label "Bolu"
    Country "Turkey"
    Longitude 31.60611
    Internal 1
    Latitude 40.73583
    type "Yellow Colour"
  ]
  node [
    id 62
    label "Duzce"
    Country "Turkey"
    Longitude 31.16389
    Internal 1
    Latitude 40.83889
    type "Yellow Colour"
  ]
  node [
    id 63
    label "Zonguldak"
    Country "Turkey"
    Longitude 31.79305
    Internal 1
    Latitude 41.45139
    type "Yellow Colour"
  ]
  node [
    id 64
    label "Rize"
    Country "Turkey"
    Longitude 40.52194
    Internal 1
    Latitude 41.02083
    type "Yellow Colour"
  ]
  node [
    id 65
    label "S. Urfa"
    Internal 1
    type "Yellow Colour"
  ]
  node [
    id 66
    label "Internet"
    Internal 0
  ]
  node [
    id 67
    label "Internet"
    Internal 0
  ]
  node [
    id 68
    label "Trabzon"
    Country "Turkey"
    Longitude 39.72694
    Internal 1
    Latitude 41.005
    type "Yellow Colour"
  ]
  node [
    id 69
    label "Igdir"
    Country "Turkey"
    Longitude 44.045
    Internal 1
    Latitude 39.92371
    type "Yellow Colour"
  ]
  node [
    id 70
    label "Manisa"
    Country "Turkey"
    Longitude 27.42646
    Internal 1
    Latitude 38.61202
    type "Yellow Colour"
  ]
  node [
    id 71
    label "Kutahya"
    Country "Turkey"
    Longitude 29.98333
    Internal 1
    Latitude 39.42417
    type "Yellow Colour"
  ]
  node [
    id 72
    label "Erzincan"
    Country "Turkey"
    Longitude 39.49278
    Internal 1
    Latitude 39.75222
    type "Yellow Colour"
  ]
  node [
    id 73
    label "Sivas"
    Country "Turkey"
    Longitude 37.01611
    Internal 1
    Latitude 39.74833
    type "Yellow Colour"
  ]
  node [
    id 74
    label "Istanbul"
    Country "Turkey"
    Longitude 28.94966
    Internal 1
    Latitude 41.01384
    type "Red Colour"
  ]
  node [
    id 75
    label "iZMiR"
    Country "Turkey"
    Longitude 27.13838
    Internal 1
    Latitude 38.41273
    type "Red Colour"
  ]
  node [
    id 76
    label "Ankara"
    Country "Turkey"
    Longitude 32.85427
    Internal 1
    Latitude 39.91987
    type "Red Colour"
  ]
  node [
    id 77
    label "Kirklareli"
    Country "Turkey"
    Longitude 27.22521
    Internal 1
    Latitude 41.73508
    type "Yellow Colour"
  ]
  node [
    id 78
    label "Tekirdag"
    Country "Turkey"
    Longitude 27.50852
    Internal 1
    Latitude 40.97801
    type "Yellow Colour"
  ]
  node [
    id 79
    label "Edirne"
    Country "Turkey"
    Longitude 26.55597
    Internal 1
    Latitude 41.67719
    type "Yellow Colour"
  ]
  node [
    id 80
    label "Canakkale"
    Country "Turkey"
    Longitude 26.40639
    Internal 1
    Latitude 40.14556
    type "Yellow Colour"
  ]
  node [
    id 81
    label "Balikesin"
    Country "Turkey"
    Longitude 27.88611
    Internal 1
    Latitude 39.64917
    type "Yellow Colour"
  ]
  edge [
    source 0
    target 75
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 1
    target 75
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 2
    target 75
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 3
    target 75
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 4
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 5
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 6
    target 75
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 7
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 8
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 9
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 10
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 11
    target 74
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 12
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 13
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 14
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 15
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 16
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 17
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 18
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 19
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 20
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 21
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 22
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 23
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 24
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 25
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 26
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 27
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 28
    target 74
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 29
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 30
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 31
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 32
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 33
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 34
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 34
    target 39
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 35
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 36
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 37
    target 49
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 38
    target 72
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 40
    target 44
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 41
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 42
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 43
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 44
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 45
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 46
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 47
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 48
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 49
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 50
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 51
    target 74
    LinkSpeed "5"
    LinkLabel "5Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 52
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 53
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 54
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 55
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 56
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 57
    target 74
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 58
    target 74
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 59
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 60
    target 74
    LinkLabel "155-599Mbps"
  ]
  edge [
    source 61
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 62
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 63
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 64
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 65
    target 76
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 66
    target 76
    LinkSpeed "5"
    LinkLabel "5Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 67
    target 74
    LinkSpeed "5"
    LinkLabel "5Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 68
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 69
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 70
    target 75
    LinkLabel "34-69Mbps"
  ]
  edge [
    source 71
    target 75
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 72
    target 76
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 73
    target 76
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 74
    target 76
    LinkLabel "5-10Gbps"
  ]
  edge [
    source 74
    target 77
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 74
    target 78
    LinkLabel "10-33Mbps"
  ]
  edge [
    source 74
    target 79
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 74
    target 80
    LinkLabel "70-154Mbps"
  ]
  edge [
    source 74
    target 75
    LinkLabel "1-4.999Gbps"
  ]
  edge [
    source 75
    target 76
    LinkLabel "155-599Mbps"
  ]
  edge [
    source 75
    target 81
    LinkLabel "70-154Mbps"
  ]
]
