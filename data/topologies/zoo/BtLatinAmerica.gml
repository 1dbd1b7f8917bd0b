graph [
  DateObtained "16/11/10"
  GeoLocation "Latin America"
  GeoExtent "Continent"
  Network "BT Latin America"
  Provenance "Primary"
  Note "Excluded from NUS as disconnected (two components)"
  Source "http://www.bt.net/info/latin_america.shtml"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "BtLatinAmerica"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "Montevideo"
    Country "Uruguay"
    Longitude -56.16735
    Internal 1
    Latitude -34.83346
  ]
  node [
    id 1
    label "Rosario"
    Country "Argentina"
    Longitude -60.66639
    Internal 1
    Latitude -32.95111
  ]
  node [
    id 2
    label "Curitba"
    Country "Brazil"
    Longitude -49.27306
    Internal 1
    Latitude -25.42778
  ]
  node [
    id 3
    label "Port Alegre"
    Country "Brazil"
    Longitude -51.23
    Internal 1
    Latitude -30.03306
  ]
  node [
    id 4
    label "?"
    Internal 1
  ]
  node [
    id 5
    label "La Paz"
    Country "Bolivia"
    Longitude -68.15
    Internal 1
    Latitude -16.5
  ]
  node [
    id 6
    label "Santiago"
    Country "Chile"
    Longitude -70.56656
    Internal 1
    Latitude -33.42628
  ]
  node [
    id 7
    label "Santa Cruz"
    Country "Bolivia"
    Longitude -63.16667
    Internal 1
    Latitude -17.8
  ]
  node [
    id 8
    label "Lima"
    Country "Peru"
    Longitude -77.02824
    Internal 1
    Latitude -12.04318
  ]
  node [
    id 9
    label "Cuenca"
    Country "Ecuador"
    Longitude -78.98333
    Internal 1
    Latitude -2.88333
  ]
  node [
    id 10
    label "?"
    Internal 1
  ]
  node [
    id 11
    label "Durango"
    Country "Mexico"
    Longitude -104.66667
    Internal 1
    Latitude 24.03333
  ]
  node [
    id 12
    label "Guadajajara"
    Country "Mexico"
    Longitude -103.33333
    Internal 1
    Latitude 20.66667
  ]
  node [
    id 13
    label "Costa Rica"
    geocode_country "Costa Rica"
    Country "Costa Rica"
    Longitude -84.0
    Internal 1
    Latitude 10.0
  ]
  node [
    id 14
    label "Nicaragua"
    Country "Nicaragua"
    Longitude -86.2504
    Internal 1
    Latitude 12.13282
  ]
  node [
    id 15
    label "El Salvador"
    geocode_country "El Salvador"
    Country "El Salvador"
    Longitude -88.91667
    Internal 1
    Latitude 13.83333
  ]
  node [
    id 16
    label "Guatemala"
    Country "Guatemala"
    Longitude -90.51327
    Internal 1
    Latitude 14.64072
  ]
  node [
    id 17
    label "Mexico City"
    Country "Mexico"
    Longitude -99.12766
    Internal 1
    Latitude 19.42847
  ]
  node [
    id 18
    label "?"
    Internal 1
  ]
  node [
    id 19
    label "?"
    Internal 1
  ]
  node [
    id 20
    label "?"
    Internal 1
  ]
  node [
    id 21
    label "Guayaquil"
    Country "Ecuador"
    Longitude -79.9
    Internal 1
    Latitude -2.16667
  ]
  node [
    id 22
    label "Mendoza"
    Country "Argentina"
    Longitude -68.81667
    Internal 1
    Latitude -32.88333
  ]
  node [
    id 23
    label "Miami"
    Internal 0
  ]
  node [
    id 24
    label "Monterey"
    Country "Mexico"
    Longitude -98.91667
    Internal 1
    Latitude 26.23333
  ]
  node [
    id 25
    label "?"
    Internal 1
  ]
  node [
    id 26
    label "?"
    Internal 1
  ]
  node [
    id 27
    label "?"
    Internal 1
  ]
  node [
    id 28
    label "?"
    Internal 1
  ]
  node [
    id 29
    label "Sao Paulo"
    Country "Brazil"
    Longitude -46.63611
    Internal 1
    Latitude -23.5475
  ]
  node [
    id 30
    label "Caracas"
    Country "Venezuela"
    Longitude -66.91667
    Internal 1
    Latitude 10.5
  ]
  node [
    id 31
    label "Honduras"
    Country "Honduras"
    Longitude -87.20681
    Internal 1
    Latitude 14.0818
  ]
  node [
    id 32
    label "Jamaica"
    Country "Jamaica"
    Longitude -76.79358
    Internal 1
    Latitude 17.99702
  ]
  node [
    id 33
    label "?"
    Internal 1
  ]
  node [
    id 34
    label "Cali"
    Country "Colombia"
    Longitude -76.5225
    Internal 1
    Latitude 3.43722
  ]
  node [
    id 35
    label "Bogota"
    Country "Colombia"
    Longitude -74.08175
    Internal 1
    Latitude 4.60971
  ]
  node [
    id 36
    label "Quito"
    Country "Ecuador"
    Longitude -78.52495
    Internal 1
    Latitude -0.22985
  ]
  node [
    id 37
    label "Puerto Rico"
    Country "Puerto Rico"
    Longitude -66.10572
    Internal 1
    Latitude 18.46633
  ]
  node [
    id 38
    label "Trinidad and Tobago"
    Country "Trinidad and Tobago"
    Longitude -61.51657
    Internal 1
    Latitude 10.66617
  ]
  node [
    id 39
    label "?"
    Internal 1
  ]
  node [
    id 40
    label "?"
    Internal 1
  ]
  node [
    id 41
    label "Rio De Janeiro"
    Country "Brazil"
    Longitude -43.2075
    Internal 1
    Latitude -22.90278
  ]
  node [
    id 42
    label "Londrina"
    Country "Brazil"
    Longitude -51.16278
    Internal 1
    Latitude -23.31028
  ]
  node [
    id 43
    label "Sucre"
    Country "Bolivia"
    Longitude -65.26274
    Internal 1
    Latitude -19.03332
  ]
  node [
    id 44
    label "Tarija"
    Country "Bolivia"
    Longitude -64.72956
    Internal 1
    Latitude -21.53549
  ]
  node [
    id 45
    label "Cordoba"
    Country "Argentina"
    Longitude -64.18333
    Internal 1
    Latitude -31.4
  ]
  node [
    id 46
    label "Buenos Aires"
    Country "Argentina"
    Longitude -58.37723
    Internal 1
    Latitude -34.61315
  ]
  node [
    id 47
    label "New York"
    Internal 0
  ]
  node [
    id 48
    label "Fort Lauderdale"
    Internal 0
  ]
  node [
    id 49
    label "Brasilia"
    Country "Brazil"
    Longitude -47.92972
    Internal 1
    Latitude -15.77972
  ]
  node [
    id 50
    label "Belo Horizonte"
    Country "Brazil"
    Longitude -43.93778
    Internal 1
    Latitude -19.92083
  ]
  edge [
    source 0
    target 46
    id "e4"
  ]
  edge [
    source 1
    target 22
    id "e17"
  ]
  edge [
    source 1
    target 46
    id "e5"
  ]
  edge [
    source 1
    target 7
    id "e18"
  ]
  edge [
    source 2
    target 42
    id "e14"
  ]
  edge [
    source 2
    target 3
    id "e15"
  ]
  edge [
    source 2
    target 29
    id "e16"
  ]
  edge [
    source 4
    target 5
    id "e22"
  ]
  edge [
    source 4
    target 7
    id "e21"
  ]
  edge [
    source 6
    target 8
    id "e20"
  ]
  edge [
    source 6
    target 22
    id "e19"
  ]
  edge [
    source 6
    target 47
    id "e8"
  ]
  edge [
    source 7
    target 43
    id "e1"
  ]
  edge [
    source 8
    target 48
    id "e9"
  ]
  edge [
    source 9
    target 21
    id "e23"
  ]
  edge [
    source 10
    target 37
    id "e32"
  ]
  edge [
    source 10
    target 23
    id "e45"
  ]
  edge [
    source 11
    target 20
    id "e42"
  ]
  edge [
    source 12
    target 19
    id "e41"
  ]
  edge [
    source 13
    target 37
    id "e34"
  ]
  edge [
    source 13
    target 31
    id "e36"
  ]
  edge [
    source 17
    target 18
    id "e37"
  ]
  edge [
    source 18
    target 19
    id "e38"
  ]
  edge [
    source 19
    target 24
    id "e39"
  ]
  edge [
    source 19
    target 20
    id "e40"
  ]
  edge [
    source 21
    target 36
    id "e24"
  ]
  edge [
    source 22
    target 45
    id "e2"
  ]
  edge [
    source 23
    target 37
    id "e31"
  ]
  edge [
    source 23
    target 40
    id "e30"
  ]
  edge [
    source 23
    target 24
    id "e43"
  ]
  edge [
    source 23
    target 29
    id "e44"
  ]
  edge [
    source 23
    target 31
    id "e35"
  ]
  edge [
    source 25
    target 26
    id "e46"
  ]
  edge [
    source 25
    target 28
    id "e47"
  ]
  edge [
    source 27
    target 28
    id "e48"
  ]
  edge [
    source 27
    target 30
    id "e49"
  ]
  edge [
    source 29
    target 41
    id "e13"
  ]
  edge [
    source 29
    target 50
    id "e12"
  ]
  edge [
    source 29
    target 46
    id "e3"
  ]
  edge [
    source 30
    target 37
    id "e33"
  ]
  edge [
    source 33
    target 40
    id "e29"
  ]
  edge [
    source 33
    target 34
    id "e28"
  ]
  edge [
    source 33
    target 35
    id "e27"
  ]
  edge [
    source 34
    target 35
    id "e26"
  ]
  edge [
    source 35
    target 36
    id "e25"
  ]
  edge [
    source 41
    target 50
    id "e11"
  ]
  edge [
    source 41
    target 47
    id "e7"
  ]
  edge [
    source 43
    target 44
    id "e0"
  ]
  edge [
    source 46
    target 48
    id "e6"
  ]
  edge [
    source 49
    target 50
    id "e10"
  ]
]
