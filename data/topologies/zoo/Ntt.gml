graph [
  DateObtained "31/03/11"
  GeoLocation "Global"
  GeoExtent "Global"
  Network "NTT"
  Provenance "Primary"
  Access 0
  Source "http://www.ntt.net/english/about/network_map.cfm"
  Version "1.0"
  DateType "Current"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Ntt"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "03"
  LastAccess "31/03/11"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2011_03"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Washington DC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
    type "Core IP Network POP"
  ]
  node [
    id 1
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
    type "Core IP Network POP"
  ]
  node [
    id 2
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
    type "Core IP Network POP"
  ]
  node [
    id 3
    label "New York City"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
    type "Core IP Network POP"
  ]
  node [
    id 4
    label "Geneva"
    Country "Switzerland"
    Longitude 6.14569
    Internal 1
    Latitude 46.20222
    type "Core IP Network POP"
  ]
  node [
    id 5
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
    type "Core IP Network POP"
  ]
  node [
    id 6
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    type "Core IP Network POP"
  ]
  node [
    id 7
    label "Madrid"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
    type "Core IP Network POP"
  ]
  node [
    id 8
    label "Dusseldorf"
    Country "Germany"
    Longitude 6.77616
    Internal 1
    Latitude 51.22172
    type "Core IP Network POP"
  ]
  node [
    id 9
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
    type "Core IP Network POP"
  ]
  node [
    id 10
    label "Cairo"
    Country "Egypt"
    Longitude 31.24967
    Internal 1
    Latitude 30.06263
    type "Partner POP"
  ]
  node [
    id 11
    label "Ar Riyad"
    Country "Saudi Arabia"
    Longitude 46.72185
    Internal 1
    Latitude 24.68773
    type "Partner POP"
  ]
  node [
    id 12
    label "Chennai"
    Country "India"
    Longitude 80.27847
    Internal 1
    Latitude 13.08784
    type "Partner POP"
  ]
  node [
    id 13
    label "Colombo"
    Country "Sri Lanka"
    Longitude 79.84778
    Internal 1
    Latitude 6.93194
    type "Partner POP"
  ]
  node [
    id 14
    label "Bangkok"
    Country "Thailand"
    Longitude 100.51667
    Internal 1
    Latitude 13.75
    type "Partner POP"
  ]
  node [
    id 15
    label "Ho Chi Minh"
    Country "Vietnam"
    Longitude 106.66667
    Internal 1
    Latitude 10.75
    type "Partner POP"
  ]
  node [
    id 16
    label "Brunei"
    Country "Brunei"
    Longitude 114.94806
    Internal 1
    Latitude 4.94029
    type "Partner POP"
  ]
  node [
    id 17
    label "Lagos"
    Country "Nigeria"
    Longitude 3.39583
    Internal 1
    Latitude 6.45306
    type "Partner POP"
  ]
  node [
    id 18
    label "Johannesburg"
    Country "South Africa"
    Longitude 28.04363
    Internal 1
    Latitude -26.20227
    type "Partner POP"
  ]
  node [
    id 19
    label "Cape Town"
    Country "South Africa"
    Longitude 18.41667
    Internal 1
    Latitude -33.91667
    type "Partner POP"
  ]
  node [
    id 20
    label "Seoul"
    Country "South Korea"
    Longitude 126.97783
    Internal 1
    Latitude 37.56826
    type "Core IP Network POP"
  ]
  node [
    id 21
    label "Dubai"
    Country "United Arab Emirates"
    Longitude 55.28
    Internal 1
    Latitude 25.25222
    type "Partner POP"
  ]
  node [
    id 22
    label "Beijing"
    Country "China"
    Longitude 116.39723
    Internal 1
    Latitude 39.9075
    type "Partner POP"
  ]
  node [
    id 23
    label "Shanghai"
    Country "China"
    Longitude 121.45806
    Internal 1
    Latitude 31.22222
    type "Partner POP"
  ]
  node [
    id 24
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "Core IP Network POP"
  ]
  node [
    id 25
    label "Wellington"
    Country "New Zealand"
    Longitude 174.77557
    Internal 1
    Latitude -41.28664
    type "Partner POP"
  ]
  node [
    id 26
    label "Mountain View"
    Country "United States"
    Longitude -122.08385
    Internal 1
    Latitude 37.38605
    type "Private Peering Point"
  ]
  node [
    id 27
    label "Mumbai"
    Country "India"
    Longitude 72.84794
    Internal 1
    Latitude 19.01441
    type "Partner POP"
  ]
  node [
    id 28
    label "Rangoon"
    Country "Myanmar [Burma]"
    Longitude 96.15611
    Internal 1
    Latitude 16.80528
    type "Partner POP"
  ]
  node [
    id 29
    label "Hong Kong"
    Country "Hong Kong"
    Longitude 114.15769
    Internal 1
    Latitude 22.28552
    type "Core IP Network POP"
  ]
  node [
    id 30
    label "Tokyo"
    Country "Japan"
    Longitude 139.5813
    Internal 1
    Latitude 35.61488
    type "Core IP Network POP"
  ]
  node [
    id 31
    label "Osaka"
    Country "Japan"
    Longitude 135.50218
    Internal 1
    Latitude 34.69374
    type "Core IP Network POP"
  ]
  node [
    id 32
    label "Warsaw"
    Country "Poland"
    Longitude 21.01178
    Internal 1
    Latitude 52.22977
    type "Core IP Network POP"
  ]
  node [
    id 33
    label "Macau"
    Country "Macau"
    Longitude 113.54611
    Internal 1
    Latitude 22.20056
    type "Partner POP"
  ]
  node [
    id 34
    label "Hanoi"
    Country "Vietnam"
    Longitude 105.84117
    Internal 1
    Latitude 21.0245
    type "Partner POP"
  ]
  node [
    id 35
    label "Manila"
    Country "Philippines"
    Longitude 120.9822
    Internal 1
    Latitude 14.6042
    type "Partner POP"
  ]
  node [
    id 36
    label "Tapei"
    Country "Hungary"
    Longitude 20.11667
    Internal 1
    Latitude 46.31667
    type "Core IP Network POP"
  ]
  node [
    id 37
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
    type "Core IP Network POP"
  ]
  node [
    id 38
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
    type "Core IP Network POP"
  ]
  node [
    id 39
    label "Kuala Lumpur"
    Country "Malaysia"
    Longitude 101.68653
    Internal 1
    Latitude 3.1412
    type "Core IP Network POP"
  ]
  node [
    id 40
    label "Singapore"
    Country "Singapore"
    Longitude 103.85007
    Internal 1
    Latitude 1.28967
    type "Core IP Network POP"
  ]
  node [
    id 41
    label "Jakarta"
    Country "Indonesia"
    Longitude 106.84513
    Internal 1
    Latitude -6.21462
    type "Partner POP"
  ]
  node [
    id 42
    label "Sydney"
    Country "Australia"
    Longitude 151.20732
    Internal 1
    Latitude -33.86785
    type "Core IP Network POP"
  ]
  node [
    id 43
    label "San Jose"
    Country "United States"
    Longitude -121.89496
    Internal 1
    Latitude 37.33939
    type "Core IP Network POP"
  ]
  node [
    id 44
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
    type "Core IP Network POP"
  ]
  node [
    id 45
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
    type "Core IP Network POP"
  ]
  node [
    id 46
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
    type "Core IP Network POP"
  ]
  edge [
    source 0
    target 1
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 1
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 1
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 1
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 2
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 2
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 3
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 3
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 3
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 3
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 3
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 3
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 37
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 37
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 37
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 37
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 9
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 9
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 9
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 0
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 1
    target 2
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 1
    target 2
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 1
    target 37
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 1
    target 37
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 1
    target 37
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 2
    target 37
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 2
    target 37
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 3
    target 24
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 3
    target 24
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 3
    target 24
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 3
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 3
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 3
    target 46
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 3
    target 46
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 3
    target 46
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 4
    target 5
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 4
    target 5
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 4
    target 6
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 4
    target 6
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 5
    target 24
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 5
    target 24
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 5
    target 24
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 5
    target 8
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 5
    target 8
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 5
    target 32
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 5
    target 32
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 5
    target 9
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 5
    target 9
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 5
    target 9
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 6
    target 24
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 6
    target 24
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 6
    target 9
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 6
    target 9
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 7
    target 24
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 7
    target 9
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 8
    target 9
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 8
    target 9
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 9
    target 30
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 9
    target 30
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 9
    target 30
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 9
    target 30
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 9
    target 30
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 9
    target 30
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 13
    target 40
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 20
    target 30
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 20
    target 30
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 20
    target 30
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 20
    target 31
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 24
    target 40
    LinkLabel "OC3 and below/STM1"
  ]
  edge [
    source 24
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 24
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 24
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 26
    target 43
    LinkLabel "OC3 and below/STM1"
  ]
  edge [
    source 28
    target 39
    LinkLabel "OC3 and below/STM1"
  ]
  edge [
    source 29
    target 40
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 29
    target 40
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 29
    target 35
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 29
    target 36
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 29
    target 36
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 29
    target 36
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 29
    target 30
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 29
    target 30
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 29
    target 30
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 29
    target 30
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 29
    target 30
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 29
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 29
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 29
    target 31
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 29
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 29
    target 31
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 30
    target 34
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 30
    target 35
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 30
    target 36
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 30
    target 36
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 36
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 30
    target 40
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 30
    target 40
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 40
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 40
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 40
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 30
    target 40
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 40
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 42
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 30
    target 42
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 30
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 30
    target 31
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 40
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 40
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 40
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 31
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 38
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 43
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 46
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 46
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 37
    target 46
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 38
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 39
    target 40
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 39
    target 40
    LinkLabel "OC48/STM16"
  ]
  edge [
    source 40
    target 41
    LinkLabel "OC3 and below/STM1"
  ]
  edge [
    source 40
    target 41
    LinkLabel "OC3 and below/STM1"
  ]
  edge [
    source 40
    target 41
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 40
    target 41
    LinkLabel "OC3 and below/STM1"
  ]
  edge [
    source 40
    target 41
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 42
    target 43
    LinkLabel "OC3 and below/STM1"
  ]
  edge [
    source 42
    target 43
    LinkLabel "OC12/STM4"
  ]
  edge [
    source 42
    target 43
    LinkLabel "OC3 and below/STM1"
  ]
  edge [
    source 43
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 43
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 43
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 43
    target 44
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 43
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 43
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 43
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 43
    target 45
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 43
    target 46
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 43
    target 46
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 43
    target 46
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 45
    target 46
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 45
    target 46
    LinkLabel "OC192/STM64"
  ]
  edge [
    source 45
    target 46
    LinkLabel "OC192/STM64"
  ]
]
