graph [
  DateObtained "23/03/11"
  GeoLocation "North America, Europe"
  GeoExtent "Continent+"
  Network "Hibernia Atlantic "
  Provenance "Primary"
  Note "Links unclear around Washington DC. Londonderry and Portrush have no node shown, only label. Missing Portrush node added in."
  Source "http://www.hiberniaatlantic.com/documents/HA_NetworkPCard_0110.pdf"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "HiberniaGlobal"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "03"
  LastAccess "23/03/11"
  Access 0
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
    label "Raleigh"
    Country "United States"
    Longitude -78.63861
    Internal 1
    Latitude 35.7721
    type "Red Node"
  ]
  node [
    id 1
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
    type "Red Node"
  ]
  node [
    id 2
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
    type "Red Node"
  ]
  node [
    id 3
    label "Charlotte"
    geocode_append "Atlanta"
    Country "United States"
    Longitude -80.84313
    Internal 1
    Latitude 35.22709
    type "Red Node"
  ]
  node [
    id 4
    label "Buffalo"
    Country "United States"
    Longitude -78.87837
    Internal 1
    Latitude 42.88645
    type "Red Node"
  ]
  node [
    id 5
    label "Cleveland"
    Country "United States"
    Longitude -81.69541
    Internal 1
    Latitude 41.4995
    type "Red Node"
  ]
  node [
    id 6
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
    type "Red Node"
  ]
  node [
    id 7
    label "Toronto"
    Country "Canada"
    Longitude -79.4163
    Internal 1
    Latitude 43.70011
    type "Red Node"
  ]
  node [
    id 8
    label "Montreal"
    Country "Canada"
    Longitude -73.58781
    Internal 1
    Latitude 45.50884
    type "Red Node"
  ]
  node [
    id 9
    label "Albany"
    Country "United States"
    Longitude -73.75623
    Internal 1
    Latitude 42.65258
    type "Red Node"
  ]
  node [
    id 10
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 11
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 12
    label "Richmond"
    Country "United States"
    Longitude -77.46026
    Internal 1
    Latitude 37.55376
    type "Red Node"
  ]
  node [
    id 13
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
    type "Yellow Node"
  ]
  node [
    id 14
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
    type "Red Node"
  ]
  node [
    id 15
    label "Dusseldorf"
    Country "Germany"
    Longitude 6.77616
    Internal 1
    Latitude 51.22172
    type "Red Node"
  ]
  node [
    id 16
    label "Southport"
    Country "United Kingdom"
    Longitude -3.00648
    Internal 1
    Latitude 53.64779
    type "Red Node"
  ]
  node [
    id 17
    label "Manchester"
    Country "United Kingdom"
    Longitude -2.23743
    Internal 1
    Latitude 53.48095
    type "Red Node"
  ]
  node [
    id 18
    label "Reading"
    Country "United Kingdom"
    Longitude -0.97113
    Internal 1
    Latitude 51.45625
    type "Red Node"
  ]
  node [
    id 19
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "Red Node"
  ]
  node [
    id 20
    label "Egham"
    Country "United Kingdom"
    Longitude -0.55239
    Internal 1
    Latitude 51.43158
    type "Red Node"
  ]
  node [
    id 21
    label "Biache"
    Country "France"
    Longitude 2.94777
    Internal 1
    Latitude 50.30869
    type "Red Node"
  ]
  node [
    id 22
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    type "Red Node"
  ]
  node [
    id 23
    label "Brussels"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
    type "Red Node"
  ]
  node [
    id 24
    label "Portrush"
    Country "United Kingdom"
    Longitude -6.6493
    Internal 1
    Latitude 55.19592
    type "Red Node"
  ]
  node [
    id 25
    label "Baltimore"
    Country "United States"
    Longitude -76.61219
    Internal 1
    Latitude 39.29038
    type "Red Node"
  ]
  node [
    id 26
    label "Washington Dc"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
    type "Red Node"
  ]
  node [
    id 27
    label "Mannheim"
    Country "Germany"
    Longitude 8.46472
    Internal 1
    Latitude 49.48833
    type "Red Node"
  ]
  node [
    id 28
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
    type "Red Node"
  ]
  node [
    id 29
    label "Newark"
    Country "United States"
    Longitude -74.17237
    Internal 1
    Latitude 40.73566
    type "Red Node"
  ]
  node [
    id 30
    label "Strasbourg"
    Country "France"
    Longitude 7.74296
    Internal 1
    Latitude 48.58342
    type "Red Node"
  ]
  node [
    id 31
    label "Pittsburgh"
    Country "United States"
    Longitude -79.99589
    Internal 1
    Latitude 40.44062
    type "Red Node"
  ]
  node [
    id 32
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
    type "Red Node"
  ]
  node [
    id 33
    label "McClean"
    Country "United States"
    Longitude -77.17748
    Internal 1
    Latitude 38.93428
    type "Red Node"
  ]
  node [
    id 34
    label "Philadelphia"
    Country "United States"
    Longitude -75.16379
    Internal 1
    Latitude 39.95234
    type "Red Node"
  ]
  node [
    id 35
    label "Dublin"
    Country "Ireland"
    Longitude -6.26719
    Internal 1
    Latitude 53.34399
    type "Red Node"
  ]
  node [
    id 36
    label "Belfast"
    Country "United Kingdom"
    Longitude -5.93333
    Internal 1
    Latitude 54.58333
    type "Red Node"
  ]
  node [
    id 37
    label "Sainte-Foy"
    geocode_append "Canada"
    Country "Canada"
    Longitude -71.29543
    Internal 1
    Latitude 46.75615
    type "Red Node"
  ]
  node [
    id 38
    label "Boston"
    Country "United States"
    Longitude -71.05977
    Internal 1
    Latitude 42.35843
    type "Red Node"
  ]
  node [
    id 39
    label "Stamford"
    Country "United States"
    Longitude -73.53873
    Internal 1
    Latitude 41.05343
    type "Red Node"
  ]
  node [
    id 40
    label "White Plains"
    Country "United States"
    Longitude -73.76291
    Internal 1
    Latitude 41.03399
    type "Red Node"
  ]
  node [
    id 41
    label "Halifax"
    Country "Canada"
    Longitude -63.57333
    Internal 1
    Latitude 44.646
    type "Red Node"
  ]
  node [
    id 42
    label "Truro"
    geocode_append "Canada"
    Country "Canada"
    Longitude -63.26538
    Internal 1
    Latitude 45.36685
    type "Red Node"
  ]
  node [
    id 43
    label "Moncton"
    Country "Canada"
    Longitude -64.80186
    Internal 1
    Latitude 46.11594
    type "Red Node"
  ]
  node [
    id 44
    label "Edmundston"
    Country "Canada"
    Longitude -68.32512
    Internal 1
    Latitude 47.3737
    type "Red Node"
  ]
  node [
    id 45
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
    type "Red Node"
  ]
  node [
    id 46
    label "Tampa"
    Country "United States"
    Longitude -82.45843
    Internal 1
    Latitude 27.94752
    type "Red Node"
  ]
  node [
    id 47
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
    type "Red Node"
  ]
  node [
    id 48
    label "Denver"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
    type "Red Node"
  ]
  node [
    id 49
    label "San Francisco"
    Country "United States"
    Longitude -122.41942
    Internal 1
    Latitude 37.77493
    type "Red Node"
  ]
  node [
    id 50
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
    type "Red Node"
  ]
  node [
    id 51
    label "San Diego"
    Country "United States"
    Longitude -117.15726
    Internal 1
    Latitude 32.71533
    type "Red Node"
  ]
  node [
    id 52
    label "Las Vegas"
    Country "United States"
    Longitude -115.13722
    Internal 1
    Latitude 36.17497
    type "Red Node"
  ]
  node [
    id 53
    label "Phoenix"
    Country "United States"
    Longitude -112.07404
    Internal 1
    Latitude 33.44838
    type "Red Node"
  ]
  node [
    id 54
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
    type "Red Node"
  ]
  edge [
    source 0
    target 25
    LinkLabel "Green Link"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Green Link"
  ]
  edge [
    source 0
    target 12
    LinkLabel "Green Link"
  ]
  edge [
    source 1
    target 3
    LinkLabel "Green Link"
  ]
  edge [
    source 1
    target 46
    LinkLabel "Green Link"
  ]
  edge [
    source 2
    target 25
    LinkLabel "Green Link"
  ]
  edge [
    source 2
    target 3
    LinkLabel "Green Link"
  ]
  edge [
    source 2
    target 45
    LinkLabel "Green Link"
  ]
  edge [
    source 2
    target 46
    LinkLabel "Green Link"
  ]
  edge [
    source 4
    target 9
    LinkLabel "Green Link"
  ]
  edge [
    source 4
    target 5
    LinkLabel "Green Link"
  ]
  edge [
    source 4
    target 7
    LinkLabel "Green Link"
  ]
  edge [
    source 5
    target 6
    LinkLabel "Green Link"
  ]
  edge [
    source 5
    target 31
    LinkLabel "Green Link"
  ]
  edge [
    source 6
    target 48
    LinkLabel "Green Link"
  ]
  edge [
    source 6
    target 13
    LinkLabel "Green Link"
  ]
  edge [
    source 6
    target 54
    LinkLabel "Green Link"
  ]
  edge [
    source 6
    target 31
    LinkLabel "Green Link"
  ]
  edge [
    source 7
    target 8
    LinkLabel "Green Link"
  ]
  edge [
    source 8
    target 9
    LinkLabel "Green Link"
  ]
  edge [
    source 8
    target 37
    LinkLabel "Green Link"
  ]
  edge [
    source 9
    target 13
    LinkLabel "Green Link"
  ]
  edge [
    source 9
    target 38
    LinkLabel "Green Link"
  ]
  edge [
    source 10
    target 16
    LinkLabel "Green Link"
  ]
  edge [
    source 10
    target 19
    LinkLabel "Green Link"
  ]
  edge [
    source 10
    target 11
    LinkLabel "Green Link"
  ]
  edge [
    source 11
    target 19
    LinkLabel "Green Link"
  ]
  edge [
    source 11
    target 14
    LinkLabel "Green Link"
  ]
  edge [
    source 12
    target 26
    LinkLabel "Green Link"
  ]
  edge [
    source 13
    target 34
    LinkLabel "Green Link"
  ]
  edge [
    source 13
    target 38
    LinkLabel "Green Link"
  ]
  edge [
    source 13
    target 39
    LinkLabel "Green Link"
  ]
  edge [
    source 13
    target 50
    LinkLabel "Green Link"
  ]
  edge [
    source 13
    target 29
    LinkLabel "Green Link"
  ]
  edge [
    source 14
    target 15
    LinkLabel "Green Link"
  ]
  edge [
    source 14
    target 23
    LinkLabel "Green Link"
  ]
  edge [
    source 15
    target 28
    LinkLabel "Green Link"
  ]
  edge [
    source 16
    target 24
    LinkLabel "Green Link"
  ]
  edge [
    source 16
    target 17
    LinkLabel "Green Link"
  ]
  edge [
    source 16
    target 35
    LinkLabel "Green Link"
  ]
  edge [
    source 17
    target 18
    LinkLabel "Green Link"
  ]
  edge [
    source 18
    target 19
    LinkLabel "Green Link"
  ]
  edge [
    source 18
    target 20
    LinkLabel "Green Link"
  ]
  edge [
    source 19
    target 20
    LinkLabel "Green Link"
  ]
  edge [
    source 20
    target 21
    LinkLabel "Green Link"
  ]
  edge [
    source 21
    target 22
    LinkLabel "Green Link"
  ]
  edge [
    source 21
    target 23
    LinkLabel "Green Link"
  ]
  edge [
    source 22
    target 30
    LinkLabel "Green Link"
  ]
  edge [
    source 24
    target 41
    LinkLabel "Green Link"
  ]
  edge [
    source 24
    target 36
    LinkLabel "Green Link"
  ]
  edge [
    source 25
    target 33
    LinkLabel "Green Link"
  ]
  edge [
    source 25
    target 26
    LinkLabel "Green Link"
  ]
  edge [
    source 25
    target 31
    LinkLabel "Green Link"
  ]
  edge [
    source 26
    target 33
    LinkLabel "Green Link"
  ]
  edge [
    source 27
    target 28
    LinkLabel "Green Link"
  ]
  edge [
    source 27
    target 30
    LinkLabel "Green Link"
  ]
  edge [
    source 29
    target 40
    LinkLabel "Green Link"
  ]
  edge [
    source 29
    target 32
    LinkLabel "Green Link"
  ]
  edge [
    source 29
    target 34
    LinkLabel "Green Link"
  ]
  edge [
    source 31
    target 32
    LinkLabel "Green Link"
  ]
  edge [
    source 32
    target 33
    LinkLabel "Green Link"
  ]
  edge [
    source 32
    target 34
    LinkLabel "Green Link"
  ]
  edge [
    source 35
    target 41
    LinkLabel "Green Link"
  ]
  edge [
    source 35
    target 36
    LinkLabel "Green Link"
  ]
  edge [
    source 37
    target 44
    LinkLabel "Green Link"
  ]
  edge [
    source 38
    target 39
    LinkLabel "Green Link"
  ]
  edge [
    source 38
    target 41
    LinkLabel "Green Link"
  ]
  edge [
    source 39
    target 40
    LinkLabel "Green Link"
  ]
  edge [
    source 41
    target 42
    LinkLabel "Green Link"
  ]
  edge [
    source 42
    target 43
    LinkLabel "Green Link"
  ]
  edge [
    source 43
    target 44
    LinkLabel "Green Link"
  ]
  edge [
    source 45
    target 53
    LinkLabel "Green Link"
  ]
  edge [
    source 45
    target 54
    LinkLabel "Green Link"
  ]
  edge [
    source 47
    target 48
    LinkLabel "Green Link"
  ]
  edge [
    source 47
    target 49
    LinkLabel "Green Link"
  ]
  edge [
    source 48
    target 49
    LinkLabel "Green Link"
  ]
  edge [
    source 49
    target 50
    LinkLabel "Green Link"
  ]
  edge [
    source 50
    target 51
    LinkLabel "Green Link"
  ]
  edge [
    source 50
    target 52
    LinkLabel "Green Link"
  ]
  edge [
    source 50
    target 53
    LinkLabel "Green Link"
  ]
  edge [
    source 51
    target 53
    LinkLabel "Green Link"
  ]
]
