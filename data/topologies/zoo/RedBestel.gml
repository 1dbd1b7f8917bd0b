graph [
  DateObtained "30/10/10"
  GeoLocation "Mexico"
  GeoExtent "Country"
  Network "Bestel "
  Provenance "Primary"
  Note "Colo"
  Source "http://www.bestel.com.mx/shocked/red_bestel.pdf"
  Version "1.0"
  DateType "Historic"
  Type "COM"
  Backbone 1
  Commercial 0
  label "RedBestel"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "12"
  LastAccess "3/08/10"
  Access 0
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2006_12"
  DateYear "2006"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Culiacan"
    Country "Mexico"
    Longitude -107.38972
    Internal 1
    Latitude 24.79944
  ]
  node [
    id 1
    label "Mazatlan"
    Country "Mexico"
    Longitude -106.41667
    Internal 1
    Latitude 23.21667
  ]
  node [
    id 2
    label "Hermosillo"
    Country "Mexico"
    Longitude -110.96667
    Internal 1
    Latitude 29.06667
  ]
  node [
    id 3
    label "Guaymas"
    Country "Mexico"
    Longitude -110.9
    Internal 1
    Latitude 27.93333
  ]
  node [
    id 4
    label "Aguascalientes"
    Country "Mexico"
    Longitude -102.3
    Internal 1
    Latitude 21.88333
  ]
  node [
    id 5
    label "San Luis Potosi"
    Country "Mexico"
    Longitude -100.98333
    Internal 1
    Latitude 22.15
  ]
  node [
    id 6
    label "Durango"
    Country "Mexico"
    Longitude -104.66667
    Internal 1
    Latitude 24.03333
  ]
  node [
    id 7
    label "Tepic"
    Country "Mexico"
    Longitude -104.9
    Internal 1
    Latitude 21.5
  ]
  node [
    id 8
    label "Tepatitlan"
    Country "Mexico"
    Longitude -102.73333
    Internal 1
    Latitude 20.81667
  ]
  node [
    id 9
    label "San Miguel El Alto"
    Country "Mexico"
    Longitude -102.35
    Internal 1
    Latitude 21.01667
  ]
  node [
    id 10
    label "Leon"
    Country "Mexico"
    Longitude -101.66667
    Internal 1
    Latitude 21.11667
  ]
  node [
    id 11
    label "Celaya"
    Country "Mexico"
    Longitude -100.81667
    Internal 1
    Latitude 20.51667
  ]
  node [
    id 12
    label "Jilotepec"
    Country "Mexico"
    Longitude -99.53472
    Internal 1
    Latitude 19.95278
  ]
  node [
    id 13
    label "Yurecuaro"
    Country "Mexico"
    Longitude -102.3
    Internal 1
    Latitude 20.33333
  ]
  node [
    id 14
    label "Irolo"
    Country "Mexico"
    Longitude -98.59028
    Internal 1
    Latitude 19.73472
  ]
  node [
    id 15
    label "Rio Fro"
    Country "Mexico"
    Longitude -98.66667
    Internal 1
    Latitude 19.35
  ]
  node [
    id 16
    label "Gral Bravo"
    Country "Mexico"
    Longitude -99.16667
    Internal 1
    Latitude 25.8
  ]
  node [
    id 17
    label "San Miguel"
    Internal 1
  ]
  node [
    id 18
    label "Monterrey"
    Country "Mexico"
    Longitude -100.31667
    Internal 1
    Latitude 25.66667
  ]
  node [
    id 19
    label "Mexico"
    Country "Mexico"
    Longitude -99.12766
    Internal 1
    Latitude 19.42847
  ]
  node [
    id 20
    label "Talia"
    Country "Mexico"
    Longitude -102.4
    Internal 1
    Latitude 25.71667
  ]
  node [
    id 21
    label "Candela"
    Country "Mexico"
    Longitude -100.66667
    Internal 1
    Latitude 26.83333
  ]
  node [
    id 22
    label "La Sauceda"
    Country "Mexico"
    geocode_id "3983363"
    Internal 1
    Longitude -101.3
    Latitude 25.83333
  ]
  node [
    id 23
    label "El Salado"
    Country "Mexico"
    Longitude -100.86667
    Internal 1
    Latitude 24.3
  ]
  node [
    id 24
    label "San Rafael"
    Country "Mexico"
    Longitude -99.71667
    Internal 1
    Latitude 25.23333
  ]
  node [
    id 25
    label "Laguna Seca"
    Country "Mexico"
    geocode_id "4002098"
    Internal 1
    Longitude -100.95
    Latitude 23.28333
  ]
  node [
    id 26
    label "Matehlala"
    Country "Mexico"
    Longitude -100.65
    Internal 1
    Latitude 23.65
  ]
  node [
    id 27
    label "El Huizache"
    Country "Mexico"
    Longitude -100.46667
    Internal 1
    Latitude 22.93333
  ]
  node [
    id 28
    label "Jesus M Aguirre"
    Country "Mexico"
    Longitude -100.36667
    Internal 1
    Latitude 24.4
  ]
  node [
    id 29
    label "SN Jose De Gracia"
    Country "Mexico"
    geocode_id "3986227"
    Internal 1
    Longitude -104.3
    Latitude 21.03333
  ]
  node [
    id 30
    label "Ruiz"
    geocode_append "Nayarit"
    Country "Mexico"
    Longitude -105.15
    Internal 1
    Latitude 21.95
  ]
  node [
    id 31
    label "Saltillo"
    Country "Mexico"
    Longitude -101.0
    Internal 1
    Latitude 25.41667
  ]
  node [
    id 32
    label "Cuernavaca"
    Country "Mexico"
    Longitude -99.25
    Internal 1
    Latitude 18.91667
  ]
  node [
    id 33
    label "Nopala"
    geocode_append "Hidalgo"
    Country "Mexico"
    Longitude -99.65
    Internal 1
    Latitude 20.25
  ]
  node [
    id 34
    label "Tijuana"
    Country "Mexico"
    Longitude -117.01667
    Internal 1
    Latitude 32.53333
  ]
  node [
    id 35
    label "Navojoa"
    Country "Mexico"
    Longitude -109.43333
    Internal 1
    Latitude 27.1
  ]
  node [
    id 36
    label "Ixtlan"
    Country "Mexico"
    Longitude -102.4
    Internal 1
    Latitude 20.18333
  ]
  node [
    id 37
    label "S Juan Del Rio"
    Country "Mexico"
    Longitude -100.0
    Internal 1
    Latitude 20.38333
  ]
  node [
    id 38
    label "Jilotepec"
    Country "Mexico"
    Longitude -99.53472
    Internal 1
    Latitude 19.95278
  ]
  node [
    id 39
    label "Los Mochis"
    Country "Mexico"
    Longitude -108.96667
    Internal 1
    Latitude 25.76667
  ]
  node [
    id 40
    label "San Blas"
    geocode_append "Sinaloa"
    Country "Mexico"
    Longitude -108.76667
    Internal 1
    Latitude 26.08333
  ]
  node [
    id 41
    label "Leon Fonseca"
    Country "Mexico"
    Longitude -108.35
    Internal 1
    Latitude 25.73333
  ]
  node [
    id 42
    label "Guasave"
    Country "Mexico"
    Longitude -108.45
    Internal 1
    Latitude 25.56667
  ]
  node [
    id 43
    label "Guamuchil"
    Country "Mexico"
    Longitude -108.1
    Internal 1
    Latitude 25.46667
  ]
  node [
    id 44
    label "La Cruz De Elota"
    Country "Mexico"
    Longitude -106.9
    Internal 1
    Latitude 23.91667
  ]
  node [
    id 45
    label "Escuinapa"
    Country "Mexico"
    Longitude -105.8
    Internal 1
    Latitude 22.85
  ]
  node [
    id 46
    label "Artesia Wells"
    Country "United States"
    Longitude -99.28448
    Internal 1
    Latitude 28.28
  ]
  node [
    id 47
    label "Moore"
    Country "United States"
    Longitude -99.01031
    Internal 1
    Latitude 29.05524
  ]
  node [
    id 48
    label "Torreon"
    Country "Mexico"
    Longitude -103.43333
    Internal 1
    Latitude 25.55
  ]
  node [
    id 49
    label "Tilden"
    Country "United States"
    Longitude -98.54918
    Internal 1
    Latitude 28.46194
  ]
  node [
    id 50
    label "San Isidro"
    Country "United States"
    Longitude -98.4539
    Internal 1
    Latitude 26.71672
  ]
  node [
    id 51
    label "Hebbronville"
    Country "United States"
    Longitude -98.67835
    Internal 1
    Latitude 27.30671
  ]
  node [
    id 52
    label "San Diego Del Union"
    Country "Mexico"
    Longitude -100.86667
    Internal 1
    Latitude 21.46667
  ]
  node [
    id 53
    label "CD Obregon"
    Country "Mexico"
    Longitude -109.93333
    Internal 1
    Latitude 27.48333
  ]
  node [
    id 54
    label "Yerbanis"
    Country "Mexico"
    Longitude -103.84306
    Internal 1
    Latitude 24.73778
  ]
  node [
    id 55
    label "Irapuato"
    Country "Mexico"
    Longitude -101.35
    Internal 1
    Latitude 20.68333
  ]
  node [
    id 56
    label "Benjamin Hill"
    Country "Mexico"
    Longitude -111.1
    Internal 1
    Latitude 30.16667
  ]
  node [
    id 57
    label "Jalapa"
    Country "Mexico"
    Longitude -96.91667
    Internal 1
    Latitude 19.53333
  ]
  node [
    id 58
    label "Puebla"
    Country "Mexico"
    Longitude -98.2
    Internal 1
    Latitude 19.05
  ]
  node [
    id 59
    label "Toluca"
    Country "Mexico"
    Longitude -99.66722
    Internal 1
    Latitude 19.28833
  ]
  node [
    id 60
    label "Queretaro"
    Country "Mexico"
    Longitude -100.38333
    Internal 1
    Latitude 20.6
  ]
  node [
    id 61
    label "Nuevo Laredo"
    Country "Mexico"
    Longitude -99.51667
    Internal 1
    Latitude 27.5
  ]
  node [
    id 62
    label "Hidalgo"
    Country "United States"
    Longitude -98.23001
    Internal 1
    Latitude 26.20341
  ]
  node [
    id 63
    label "Reynosa"
    Country "Mexico"
    Longitude -98.28333
    Internal 1
    Latitude 26.08333
  ]
  node [
    id 64
    label "Veracruz"
    Country "Mexico"
    Longitude -96.13333
    Internal 1
    Latitude 19.2
  ]
  node [
    id 65
    label "Saljnas"
    Country "Mexico"
    Longitude -101.71667
    Internal 1
    Latitude 22.63333
  ]
  node [
    id 66
    label "Salvatierra"
    Country "Mexico"
    Longitude -100.88333
    Internal 1
    Latitude 20.21667
  ]
  node [
    id 67
    label "MA"
    Country "United States"
    Longitude -99.00114
    Internal 1
    Latitude 27.43975
  ]
  node [
    id 68
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 69
    label "Laredo"
    Country "Mexico"
    Longitude -99.51667
    Internal 1
    Latitude 27.5
  ]
  node [
    id 70
    label "Mirando City"
    Country "United States"
    Longitude -99.00114
    Internal 1
    Latitude 27.43975
  ]
  node [
    id 71
    label "Las Adjuntas"
    Country "Mexico"
    geocode_id "4000373"
    Internal 1
    Longitude -105.51667
    Latitude 23.73333
  ]
  node [
    id 72
    label "Alice"
    Country "United States"
    Longitude -98.06972
    Internal 1
    Latitude 27.75225
  ]
  node [
    id 73
    label "CD Juarez"
    Country "Mexico"
    Longitude -106.48333
    Internal 1
    Latitude 31.73333
  ]
  node [
    id 74
    label "El Paso"
    Country "Mexico"
    Longitude -106.48333
    Internal 1
    Latitude 31.73333
  ]
  node [
    id 75
    label "Guadalajara"
    Country "Mexico"
    Longitude -103.33333
    Internal 1
    Latitude 20.66667
  ]
  node [
    id 76
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 77
    label "San Antonio Taylor"
    Country "United States"
    Longitude -98.49363
    Internal 1
    Latitude 29.42412
  ]
  node [
    id 78
    label "San Antonio Rotary"
    Country "United States"
    Longitude -98.49363
    Internal 1
    Latitude 29.42412
  ]
  node [
    id 79
    label "San Diego"
    Country "United States"
    Longitude -117.15726
    Internal 1
    Latitude 32.71533
  ]
  node [
    id 80
    label "Zamora"
    Country "Mexico"
    Longitude -102.26667
    Internal 1
    Latitude 19.98333
  ]
  node [
    id 81
    label "Ensenada"
    Country "Mexico"
    Longitude -116.61667
    Internal 1
    Latitude 31.86667
  ]
  node [
    id 82
    label "Mexicali"
    Country "Mexico"
    Longitude -115.46833
    Internal 1
    Latitude 32.65194
  ]
  node [
    id 83
    label "Nogales"
    Country "Mexico"
    Longitude -110.93333
    Internal 1
    Latitude 31.33333
  ]
  edge [
    source 0
    target 43
    id "e15"
  ]
  edge [
    source 0
    target 44
    id "e14"
  ]
  edge [
    source 1
    target 44
    id "e18"
  ]
  edge [
    source 1
    target 45
    id "e17"
  ]
  edge [
    source 1
    target 71
    id "e16"
  ]
  edge [
    source 2
    target 56
    id "e12"
  ]
  edge [
    source 2
    target 3
    id "e11"
  ]
  edge [
    source 3
    target 53
    id "e13"
  ]
  edge [
    source 4
    target 65
    id "e23"
  ]
  edge [
    source 4
    target 10
    id "e24"
  ]
  edge [
    source 5
    target 65
    id "e25"
  ]
  edge [
    source 5
    target 27
    id "e27"
  ]
  edge [
    source 5
    target 52
    id "e28"
  ]
  edge [
    source 5
    target 25
    id "e26"
  ]
  edge [
    source 6
    target 54
    id "e20"
  ]
  edge [
    source 6
    target 71
    id "e19"
  ]
  edge [
    source 7
    target 29
    id "e21"
  ]
  edge [
    source 7
    target 30
    id "e22"
  ]
  edge [
    source 8
    target 9
    id "e83"
  ]
  edge [
    source 8
    target 75
    id "e84"
  ]
  edge [
    source 9
    target 10
    id "e29"
  ]
  edge [
    source 10
    target 55
    id "e31"
  ]
  edge [
    source 10
    target 55
    id "e30"
  ]
  edge [
    source 11
    target 60
    id "e33"
  ]
  edge [
    source 11
    target 60
    id "e32"
  ]
  edge [
    source 11
    target 55
    id "e35"
  ]
  edge [
    source 11
    target 55
    id "e34"
  ]
  edge [
    source 12
    target 66
    id "e74"
  ]
  edge [
    source 12
    target 59
    id "e40"
  ]
  edge [
    source 13
    target 75
    id "e81"
  ]
  edge [
    source 13
    target 36
    LinkType "Microwave"
    LinkLabel "Microwave"
  ]
  edge [
    source 13
    target 55
    id "e53"
  ]
  edge [
    source 14
    target 58
    id "e43"
  ]
  edge [
    source 14
    target 19
    id "e77"
  ]
  edge [
    source 15
    target 58
    id "e44"
  ]
  edge [
    source 15
    target 58
    LinkLabel "Via TeleReunion"
  ]
  edge [
    source 15
    target 19
    LinkLabel "Via TeleReunion"
  ]
  edge [
    source 15
    target 19
    id "e78"
  ]
  edge [
    source 16
    target 18
    id "e66"
  ]
  edge [
    source 16
    target 63
    id "e49"
  ]
  edge [
    source 17
    target 49
    id "e67"
  ]
  edge [
    source 17
    target 78
    id "e5"
  ]
  edge [
    source 18
    target 21
    id "e58"
  ]
  edge [
    source 18
    target 22
    id "e59"
  ]
  edge [
    source 18
    target 31
    id "e97"
  ]
  edge [
    source 18
    target 31
    id "e96"
  ]
  edge [
    source 19
    target 32
    id "e95"
  ]
  edge [
    source 19
    target 32
    id "e94"
  ]
  edge [
    source 19
    target 33
    id "e93"
  ]
  edge [
    source 19
    target 38
    id "e76"
  ]
  edge [
    source 19
    target 59
    id "e42"
  ]
  edge [
    source 19
    target 59
    id "e41"
  ]
  edge [
    source 20
    target 48
    id "e57"
  ]
  edge [
    source 20
    target 22
    id "e56"
  ]
  edge [
    source 21
    target 61
    id "e52"
  ]
  edge [
    source 23
    target 25
    id "e60"
  ]
  edge [
    source 23
    target 31
    id "e61"
  ]
  edge [
    source 24
    target 28
    id "e63"
  ]
  edge [
    source 24
    target 31
    id "e62"
  ]
  edge [
    source 26
    target 27
    id "e64"
  ]
  edge [
    source 26
    target 28
    id "e65"
  ]
  edge [
    source 29
    target 75
    id "e85"
  ]
  edge [
    source 30
    target 45
    id "e86"
  ]
  edge [
    source 33
    target 60
    id "e37"
  ]
  edge [
    source 34
    target 81
    LinkType "Microwave"
    LinkLabel "Microwave"
  ]
  edge [
    source 34
    target 82
    LinkType "Microwave"
    LinkLabel "Microwave"
  ]
  edge [
    source 34
    target 79
    id "e6"
  ]
  edge [
    source 35
    target 40
    id "e91"
  ]
  edge [
    source 35
    target 53
    id "e92"
  ]
  edge [
    source 36
    target 80
    LinkType "Microwave"
    LinkLabel "Microwave"
  ]
  edge [
    source 37
    target 60
    id "e36"
  ]
  edge [
    source 37
    target 38
    id "e75"
  ]
  edge [
    source 38
    target 59
    id "e39"
  ]
  edge [
    source 39
    target 40
    id "e90"
  ]
  edge [
    source 40
    target 41
    id "e89"
  ]
  edge [
    source 41
    target 42
    LinkType "Microwave"
    LinkLabel "Microwave"
  ]
  edge [
    source 41
    target 43
    id "e87"
  ]
  edge [
    source 46
    target 69
    id "e69"
  ]
  edge [
    source 46
    target 47
    id "e68"
  ]
  edge [
    source 47
    target 78
    id "e3"
  ]
  edge [
    source 48
    target 54
    id "e55"
  ]
  edge [
    source 49
    target 72
    id "e70"
  ]
  edge [
    source 50
    target 70
    id "e73"
  ]
  edge [
    source 50
    target 62
    id "e50"
  ]
  edge [
    source 51
    target 72
    id "e71"
  ]
  edge [
    source 51
    target 67
    id "e72"
  ]
  edge [
    source 52
    target 60
    id "e38"
  ]
  edge [
    source 55
    target 66
    id "e54"
  ]
  edge [
    source 56
    target 83
    id "e9"
  ]
  edge [
    source 57
    target 64
    LinkLabel "Via TeleReunion"
  ]
  edge [
    source 57
    target 58
    LinkLabel "Via TeleReunion"
  ]
  edge [
    source 61
    target 69
    id "e51"
  ]
  edge [
    source 62
    target 63
    id "e48"
  ]
  edge [
    source 67
    target 68
    id "e98"
  ]
  edge [
    source 68
    target 69
    id "e100"
  ]
  edge [
    source 68
    target 70
    id "e99"
  ]
  edge [
    source 73
    target 74
    LinkType "Microwave"
    LinkLabel "Microwave"
  ]
  edge [
    source 74
    target 78
    LinkLabel "Via Broadwing"
  ]
  edge [
    source 76
    target 77
    LinkLabel "Via Time Warner and QWest"
  ]
  edge [
    source 77
    target 78
    id "e1"
  ]
  edge [
    source 77
    target 79
    LinkLabel "Via Global Crossing"
  ]
]
