graph [
  DateObtained "22/10/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "Tecove (level3)"
  Provenance "Secondary"
  Note "Now owned by Level3. Has no independent network."
  Source "http://www.isp-planet.com/img/backbones/Telcove%20IP%20Map.jpg"
  Version "1.0"
  Type "COM"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Telcove"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "<"
  DateMonth 0
  LastAccess "3/08/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "<2005"
  DateYear 0
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Sarasota"
    Country "United States"
    Longitude -82.53065
    Internal 1
    Latitude 27.33643
    type "Telcove Markets Served"
  ]
  node [
    id 1
    label "Fort Myers"
    Country "United States"
    Longitude -81.84059
    Internal 1
    Latitude 26.62168
    type "Telcove Markets Served"
  ]
  node [
    id 2
    label "Tampa"
    Country "United States"
    Longitude -82.45843
    Internal 1
    Latitude 27.94752
    type "Telcove Markets Served"
  ]
  node [
    id 3
    label "Clearwater"
    Country "United States"
    Longitude -82.8001
    Internal 1
    Latitude 27.96585
    type "Telcove Markets Served"
  ]
  node [
    id 4
    label "West Palm Beach"
    Country "United States"
    Longitude -80.05337
    Internal 1
    Latitude 26.71534
    type "Telcove Markets Served"
  ]
  node [
    id 5
    label "Melbourne"
    Country "United States"
    Longitude -80.60811
    Internal 1
    Latitude 28.08363
    type "Telcove Markets Served"
  ]
  node [
    id 6
    label "Fort Lauderdale"
    Country "United States"
    Longitude -80.14338
    Internal 1
    Latitude 26.12231
    type "Telcove Markets Served"
  ]
  node [
    id 7
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
    type "Telcove Markets Served"
  ]
  node [
    id 8
    label "Norfolk"
    Country "United States"
    Longitude -76.28522
    Internal 1
    Latitude 36.84681
    type "Telcove Markets Served"
  ]
  node [
    id 9
    label "Lynchburg"
    Country "United States"
    Longitude -79.14225
    Internal 1
    Latitude 37.41375
    type "Telcove Markets Served"
  ]
  node [
    id 10
    label "Titusville"
    Country "United States"
    Longitude -80.80755
    Internal 1
    Latitude 28.61222
    type "Telcove Markets Served"
  ]
  node [
    id 11
    label "Orlando"
    Country "United States"
    Longitude -81.37924
    Internal 1
    Latitude 28.53834
    type "Telcove Markets Served"
  ]
  node [
    id 12
    label "Harrisonburg"
    Country "United States"
    Longitude -78.86892
    Internal 1
    Latitude 38.44957
    type "Telcove Markets Served"
  ]
  node [
    id 13
    label "Charlottesville"
    Country "United States"
    Longitude -78.47668
    Internal 1
    Latitude 38.02931
    type "Telcove Markets Served"
  ]
  node [
    id 14
    label "Winchester"
    Country "United States"
    Longitude -78.16333
    Internal 1
    Latitude 39.18566
    type "Telcove Markets Served"
  ]
  node [
    id 15
    label "Fredericksburg"
    Country "United States"
    Longitude -77.46054
    Internal 1
    Latitude 38.30318
    type "Telcove Markets Served"
  ]
  node [
    id 16
    label "Newark"
    Country "United States"
    Longitude -74.17237
    Internal 1
    Latitude 40.73566
    type "Telcove Markets Served"
  ]
  node [
    id 17
    label "Central New Jersey"
    Country "United States"
    Longitude -75.51464
    Internal 1
    Latitude 39.65984
    type "Telcove Markets Served"
  ]
  node [
    id 18
    label "Detroit"
    Country "United States"
    Longitude -83.04575
    Internal 1
    Latitude 42.33143
    type "Telcove Markets Served"
  ]
  node [
    id 19
    label "Erie"
    Country "United States"
    Longitude -80.08506
    Internal 1
    Latitude 42.12922
    type "Telcove Markets Served"
  ]
  node [
    id 20
    label "Buffalo"
    Country "United States"
    Longitude -78.87837
    Internal 1
    Latitude 42.88645
    type "Telcove Markets Served"
  ]
  node [
    id 21
    label "Syracuse"
    Country "United States"
    Longitude -76.14742
    Internal 1
    Latitude 43.04812
    type "Telcove Markets Served"
  ]
  node [
    id 22
    label "Rome-Utica"
    Country "United States"
    Longitude -75.23266
    Internal 1
    Latitude 43.1009
    type "Telcove Markets Served"
  ]
  node [
    id 23
    label "Burlington"
    Country "United States"
    Longitude -73.21207
    Internal 1
    Latitude 44.47588
    type "Telcove Markets Served"
  ]
  node [
    id 24
    label "Albany"
    Country "United States"
    Longitude -73.75623
    Internal 1
    Latitude 42.65258
    type "Telcove Markets Served"
  ]
  node [
    id 25
    label "New York City"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
    type "Telcove Markets Served"
  ]
  node [
    id 26
    label "Washington, DC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
    type "Telcove Markets Served"
  ]
  node [
    id 27
    label "Daytona Beach"
    Country "United States"
    Longitude -81.02283
    Internal 1
    Latitude 29.21081
    type "Telcove Markets Served"
  ]
  node [
    id 28
    label "Coudersport"
    Country "United States"
    Longitude -78.02056
    Internal 1
    Latitude 41.77479
    type "Network Management Centre"
  ]
  node [
    id 29
    label "Roanoke"
    Country "United States"
    Longitude -79.94143
    Internal 1
    Latitude 37.27097
    type "Telcove Markets Served"
  ]
  node [
    id 30
    label "Danville"
    Country "United States"
    Longitude -79.39502
    Internal 1
    Latitude 36.58597
    type "Telcove Markets Served"
  ]
  node [
    id 31
    label "Staunton"
    Country "United States"
    Longitude -79.0717
    Internal 1
    Latitude 38.14958
    type "Telcove Markets Served"
  ]
  node [
    id 32
    label "Charleston"
    Country "United States"
    Longitude -81.63262
    Internal 1
    Latitude 38.34982
    type "Telcove Markets Served"
  ]
  node [
    id 33
    label "Baltimore"
    Country "United States"
    Longitude -76.61219
    Internal 1
    Latitude 39.29038
    type "Telcove Markets Served"
  ]
  node [
    id 34
    label "Fayetteville"
    Country "United States"
    Longitude -78.87836
    Internal 1
    Latitude 35.05266
    type "Telcove Markets Served"
  ]
  node [
    id 35
    label "Charlotte"
    Country "United States"
    Longitude -80.84313
    Internal 1
    Latitude 35.22709
    type "Telcove Markets Served"
  ]
  node [
    id 36
    label "Tri-Cities"
    geocode_append "Tennessee"
    Country "United States"
    Longitude -82.35489
    Internal 1
    Latitude 36.51736
    type "Telcove Markets Served"
  ]
  node [
    id 37
    label "Hickory"
    Country "United States"
    Longitude -81.3412
    Internal 1
    Latitude 35.73319
    type "Telcove Markets Served"
  ]
  node [
    id 38
    label "Winston-Salem"
    Country "United States"
    Longitude -80.24422
    Internal 1
    Latitude 36.09986
    type "Telcove Markets Served"
  ]
  node [
    id 39
    label "Greensboro"
    Country "United States"
    Longitude -79.79198
    Internal 1
    Latitude 36.07264
    type "Telcove Markets Served"
  ]
  node [
    id 40
    label "Philadelphia"
    Country "United States"
    Longitude -75.16379
    Internal 1
    Latitude 39.95234
    type "Telcove Markets Served"
  ]
  node [
    id 41
    label "Allentown"
    Country "United States"
    Longitude -75.49018
    Internal 1
    Latitude 40.60843
    type "Telcove Markets Served"
  ]
  node [
    id 42
    label "Harrisburg"
    Country "United States"
    Longitude -76.88442
    Internal 1
    Latitude 40.2737
    type "Telcove Markets Served"
  ]
  node [
    id 43
    label "Lancaster"
    geocode_append "Pennsylvania"
    Country "United States"
    Longitude -76.30551
    Internal 1
    Latitude 40.03788
    type "Telcove Markets Served"
  ]
  node [
    id 44
    label "Scranton"
    Country "United States"
    Longitude -75.66241
    Internal 1
    Latitude 41.40897
    type "Telcove Markets Served"
  ]
  node [
    id 45
    label "State College"
    Country "United States"
    Longitude -77.86
    Internal 1
    Latitude 40.7934
    type "Telcove Markets Served"
  ]
  node [
    id 46
    label "Frederick"
    Country "United States"
    Longitude -77.41054
    Internal 1
    Latitude 39.41427
    type "Telcove Markets Served"
  ]
  node [
    id 47
    label "Columbia"
    Country "United States"
    Longitude -81.03481
    Internal 1
    Latitude 34.00071
    type "Telcove Markets Served"
  ]
  node [
    id 48
    label "Richmond"
    Country "United States"
    Longitude -77.46026
    Internal 1
    Latitude 37.55376
    type "Telcove Markets Served"
  ]
  node [
    id 49
    label "Pittsburgh"
    Country "United States"
    Longitude -79.99589
    Internal 1
    Latitude 40.44062
    type "Core Router/PoP"
  ]
  node [
    id 50
    label "Columbus"
    Country "United States"
    Longitude -82.99879
    Internal 1
    Latitude 39.96118
    type "Telcove Markets Served"
  ]
  node [
    id 51
    label "Greenville"
    Country "United States"
    Longitude -82.39401
    Internal 1
    Latitude 34.85262
    type "Telcove Markets Served"
  ]
  node [
    id 52
    label "Augusta"
    geocode_append "Georgia"
    Country "United States"
    Longitude -81.97484
    Internal 1
    Latitude 33.47097
    type "Telcove Markets Served"
  ]
  node [
    id 53
    label "Savannah"
    Country "United States"
    Longitude -81.09983
    Internal 1
    Latitude 32.08354
    type "Telcove Markets Served"
  ]
  node [
    id 54
    label "Jacksonville"
    Country "United States"
    Longitude -81.65565
    Internal 1
    Latitude 30.33218
    type "Telcove Markets Served"
  ]
  node [
    id 55
    label "Spartanburg"
    Country "United States"
    Longitude -81.93205
    Internal 1
    Latitude 34.94957
    type "Telcove Markets Served"
  ]
  node [
    id 56
    label "Lexington"
    Country "United States"
    Longitude -84.47772
    Internal 1
    Latitude 37.98869
    type "Telcove Markets Served"
  ]
  node [
    id 57
    label "Louisville"
    Country "United States"
    Longitude -85.75941
    Internal 1
    Latitude 38.25424
    type "Telcove Markets Served"
  ]
  node [
    id 58
    label "Nashville"
    Country "United States"
    Longitude -86.78444
    Internal 1
    Latitude 36.16589
    type "Telcove Markets Served"
  ]
  node [
    id 59
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
    type "Core Router/PoP"
  ]
  node [
    id 60
    label "York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
    type "Telcove Markets Served"
  ]
  node [
    id 61
    label "Raleigh"
    Country "United States"
    Longitude -78.63861
    Internal 1
    Latitude 35.7721
    type "Telcove Markets Served"
  ]
  node [
    id 62
    label "Wilmington"
    Country "United States"
    Longitude -77.94471
    Internal 1
    Latitude 34.22573
    type "Telcove Markets Served"
  ]
  node [
    id 63
    label "Pensacola"
    Country "United States"
    Longitude -87.21691
    Internal 1
    Latitude 30.42131
    type "Telcove Markets Served"
  ]
  node [
    id 64
    label "Tallahassee"
    Country "United States"
    Longitude -84.28073
    Internal 1
    Latitude 30.43826
    type "Telcove Markets Served"
  ]
  node [
    id 65
    label "Wichita"
    Country "United States"
    Longitude -97.33754
    Internal 1
    Latitude 37.69224
    type "Telcove Markets Served"
  ]
  node [
    id 66
    label "Kansas City"
    Country "United States"
    Longitude -94.62746
    Internal 1
    Latitude 39.11417
    type "Telcove Markets Served"
  ]
  node [
    id 67
    label "Little Rock"
    Country "United States"
    Longitude -92.28959
    Internal 1
    Latitude 34.74648
    type "Telcove Markets Served"
  ]
  node [
    id 68
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
    type "Telcove Markets Served"
  ]
  node [
    id 69
    label "New Orleans"
    Country "United States"
    Longitude -90.07507
    Internal 1
    Latitude 29.95465
    type "Telcove Markets Served"
  ]
  node [
    id 70
    label "Baton Rouge"
    Country "United States"
    Longitude -91.15455
    Internal 1
    Latitude 30.45075
    type "Telcove Markets Served"
  ]
  node [
    id 71
    label "Jackson"
    Country "United States"
    Longitude -90.18481
    Internal 1
    Latitude 32.29876
    type "Telcove Markets Served"
  ]
  node [
    id 72
    label "Mobile"
    Country "United States"
    Longitude -88.04305
    Internal 1
    Latitude 30.69436
    type "Telcove Markets Served"
  ]
  edge [
    source 0
    target 2
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 1
    target 59
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 2
    target 59
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 3
    target 59
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 3
    target 6
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 4
    target 6
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 5
    target 6
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 8
    target 14
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 9
    target 13
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 10
    target 11
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 11
    target 59
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 12
    target 13
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 13
    target 14
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 13
    target 29
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 13
    target 30
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 13
    target 31
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 14
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 15
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 16
    target 17
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 17
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 18
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 19
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 20
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 21
    target 24
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 21
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 21
    target 22
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 23
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 25
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 26
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 27
    target 54
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 28
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 32
    target 35
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 33
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 33
    target 46
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 34
    target 35
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 35
    target 38
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 35
    target 39
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 35
    target 51
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 35
    target 52
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 35
    target 53
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 35
    target 55
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 35
    target 59
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 36
    target 59
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 40
    target 41
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 40
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 42
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 42
    target 43
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 42
    target 60
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 44
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 45
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 47
    target 59
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 48
    target 49
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 49
    target 50
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 49
    target 56
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 49
    target 57
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 49
    target 59
    LinkLabel "Core to Core Connectivity"
  ]
  edge [
    source 49
    target 61
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 54
    target 59
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 58
    target 59
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 59
    target 64
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 59
    target 70
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 59
    target 65
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 59
    target 72
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 59
    target 67
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 59
    target 68
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 59
    target 71
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 63
    target 72
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 65
    target 66
    LinkLabel "Access Connectivity"
  ]
  edge [
    source 68
    target 69
    LinkLabel "Access Connectivity"
  ]
]
