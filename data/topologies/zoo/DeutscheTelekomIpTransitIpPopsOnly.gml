graph [
  DateObtained "16/11/10"
  GeoLocation "Global"
  GeoExtent "Global"
  Network "Deutsche Telecom "
  Provenance "Primary"
  Note "Wholesale services only. DT also sells to general public."
  Source "http://www.deutschetelekom-icss.com/dtag/cms/contentblob/ICSS/en/330364/blobBinary/Interactive-Network-Map-gross-mo.swf"
  Version "1.0"
  Type "COM"
  Backbone 1
  Commercial 0
  label "deutsche_telekom_ip_transit_ip_pops_only"
  Customer 1
  LastAccess "3/08/10"
  Access 0
  Layer "IP"
  Classification "Backbone Transit Customer"
  Creator "Topology Zoo Toolset"
  Developed "multi"
  Transit 1
  NetworkDate "D"
  Testbed 0
  SvnVersion 8123
  node [
    id 0
    label "Copenhagen"
    Latitude 55.67594
    Country "Denmark"
    Longitude 12.56553
  ]
  node [
    id 1
    label "Stockholm"
    Latitude 59.33258
    Country "Sweden"
    Longitude 18.0649
  ]
  node [
    id 2
    label "Warsaw"
    Latitude 52.22977
    Country "Poland"
    Longitude 21.01178
  ]
  node [
    id 3
    label "Moscow"
    Latitude 55.75222
    Country "Russia"
    Longitude 37.61556
  ]
  node [
    id 4
    label "Berlin"
    Latitude 52.52437
    Country "Germany"
    Longitude 13.41053
  ]
  node [
    id 5
    label "Leipzig"
    Latitude 51.33962
    Country "Germany"
    Longitude 12.37129
  ]
  node [
    id 6
    label "Prague"
    Latitude 50.08804
    Country "Czech Republic"
    Longitude 14.42076
  ]
  node [
    id 7
    label "Nuremberg"
    Latitude 49.44778
    Country "Germany"
    Longitude 11.06833
  ]
  node [
    id 8
    label "Vienna"
    Latitude 48.20849
    Country "Austria"
    Longitude 16.37208
  ]
  node [
    id 9
    label "Munich"
    Latitude 48.13743
    Country "Germany"
    Longitude 11.57549
  ]
  node [
    id 10
    label "Budapest"
    Latitude 47.49801
    Country "Hungary"
    Longitude 19.03991
  ]
  node [
    id 11
    label "Stuttgart"
    Latitude 48.78232
    Country "Germany"
    Longitude 9.17702
  ]
  node [
    id 12
    label "Zurich"
    Latitude 47.36667
    Country "Switzerland"
    Longitude 8.55
  ]
  node [
    id 13
    label "Geneva"
    Latitude 46.20222
    Country "Switzerland"
    Longitude 6.14569
  ]
  node [
    id 14
    label "Milan"
    Latitude 45.46427
    Country "Italy"
    Longitude 9.18951
  ]
  node [
    id 15
    label "Barcelona"
    Latitude 41.38879
    Country "Spain"
    Longitude 2.15899
  ]
  node [
    id 16
    label "Madrid"
    Latitude 40.4165
    Country "Spain"
    Longitude -3.70256
  ]
  node [
    id 17
    label "Lisbon"
    Latitude 38.71667
    Country "Portugal"
    Longitude -9.13333
  ]
  node [
    id 18
    label "Paris"
    Latitude 48.85341
    Country "France"
    Longitude 2.3488
  ]
  node [
    id 19
    label "London"
    Latitude 51.50853
    Country "United Kingdom"
    Longitude -0.12574
  ]
  node [
    id 20
    label "Amsterdam"
    Latitude 52.37403
    Country "Netherlands"
    Longitude 4.88969
  ]
  node [
    id 21
    label "Hanover"
    Latitude 52.37052
    Country "Germany"
    Longitude 9.73322
  ]
  node [
    id 22
    label "Cologne"
    Latitude 50.93333
    Country "Germany"
    Longitude 6.95
  ]
  node [
    id 23
    label "Frankfurt"
    Latitude 50.11667
    Country "Germany"
    Longitude 8.68333
  ]
  node [
    id 24
    label "Dusseldorf"
    Latitude 51.22172
    Country "Germany"
    Longitude 6.77616
  ]
  node [
    id 25
    label "Dortmund"
    Latitude 51.51667
    Country "Germany"
    Longitude 7.45
  ]
  node [
    id 26
    label "Hamburg"
    Latitude 53.55
    Country "Germany"
    Longitude 10.0
  ]
  node [
    id 27
    label "Ashburn"
    Latitude 39.04372
    Country "United States"
    Longitude -77.48749
  ]
  node [
    id 28
    label "New York"
    Latitude 40.71427
    Country "United States"
    Longitude -74.00597
  ]
  node [
    id 29
    label "Toronto"
    Latitude 43.70011
    Country "Canada"
    Longitude -79.4163
  ]
  node [
    id 30
    label "Chicago"
    Latitude 41.85003
    Country "United States"
    Longitude -87.65005
  ]
  node [
    id 31
    label "Washington"
    Latitude 38.89511
    Country "United States"
    Longitude -77.03637
  ]
  node [
    id 32
    label "Miami"
    Latitude 25.77427
    Country "United States"
    Longitude -80.19366
  ]
  node [
    id 33
    label "Los Angeles"
    Latitude 34.05223
    Country "United States"
    Longitude -118.24368
  ]
  node [
    id 34
    label "Palo Alto"
    Latitude 37.44188
    Country "United States"
    Longitude -122.14302
  ]
  node [
    id 35
    label "San Jose"
    Latitude 9.93333
    Country "Costa Rica"
    Longitude -84.08333
  ]
  node [
    id 36
    label "Hong Kong"
    Latitude 22.28552
    Country "Hong Kong"
    Longitude 114.15769
  ]
  node [
    id 37
    label "Singapore"
    Latitude 1.28967
    Country "Singapore"
    Longitude 103.85007
  ]
  node [
    id 38
    label "Tokyo"
    Latitude 35.61488
    Country "Japan"
    Longitude 139.5813
  ]
  edge [
    source 0
    target 1
  ]
  edge [
    source 0
    target 26
  ]
  edge [
    source 1
    target 26
  ]
  edge [
    source 2
    target 4
  ]
  edge [
    source 2
    target 7
  ]
  edge [
    source 3
    target 23
  ]
  edge [
    source 5
    target 27
  ]
  edge [
    source 5
    target 28
  ]
  edge [
    source 6
    target 8
  ]
  edge [
    source 6
    target 7
  ]
  edge [
    source 8
    target 9
  ]
  edge [
    source 8
    target 10
  ]
  edge [
    source 9
    target 10
  ]
  edge [
    source 11
    target 12
  ]
  edge [
    source 12
    target 18
  ]
  edge [
    source 12
    target 13
  ]
  edge [
    source 12
    target 14
  ]
  edge [
    source 12
    target 15
  ]
  edge [
    source 13
    target 18
  ]
  edge [
    source 13
    target 14
  ]
  edge [
    source 14
    target 18
  ]
  edge [
    source 15
    target 16
  ]
  edge [
    source 16
    target 17
  ]
  edge [
    source 16
    target 18
  ]
  edge [
    source 18
    target 19
  ]
  edge [
    source 18
    target 20
  ]
  edge [
    source 18
    target 23
  ]
  edge [
    source 18
    target 27
  ]
  edge [
    source 19
    target 20
  ]
  edge [
    source 19
    target 23
  ]
  edge [
    source 19
    target 24
  ]
  edge [
    source 19
    target 27
  ]
  edge [
    source 19
    target 28
  ]
  edge [
    source 20
    target 24
  ]
  edge [
    source 20
    target 26
  ]
  edge [
    source 20
    target 23
  ]
  edge [
    source 21
    target 27
  ]
  edge [
    source 21
    target 28
  ]
  edge [
    source 23
    target 37
  ]
  edge [
    source 23
    target 27
  ]
  edge [
    source 23
    target 28
  ]
  edge [
    source 24
    target 27
  ]
  edge [
    source 24
    target 28
  ]
  edge [
    source 27
    target 34
  ]
  edge [
    source 27
    target 31
  ]
  edge [
    source 28
    target 34
  ]
  edge [
    source 28
    target 35
  ]
  edge [
    source 28
    target 29
  ]
  edge [
    source 28
    target 30
  ]
  edge [
    source 28
    target 31
  ]
  edge [
    source 29
    target 30
  ]
  edge [
    source 30
    target 34
  ]
  edge [
    source 31
    target 32
  ]
  edge [
    source 31
    target 33
  ]
  edge [
    source 33
    target 34
  ]
  edge [
    source 33
    target 35
  ]
  edge [
    source 33
    target 36
  ]
  edge [
    source 33
    target 37
  ]
  edge [
    source 34
    target 35
  ]
  edge [
    source 35
    target 38
  ]
  edge [
    source 36
    target 37
  ]
  edge [
    source 36
    target 38
  ]
]
