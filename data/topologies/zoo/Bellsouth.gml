graph [
  DateObtained "21/10/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "Bell South "
  Provenance "Secondary"
  Note "Same as ATT?"
  Source "http://www.isp-planet.com/img/backbones/bellsouth.jpg"
  Version "1.0"
  Type "COM"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Bellsouth"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "<"
  DateMonth 0
  LastAccess "3/08/10"
  Access 1
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
    label "Cocoa Beach"
    Country "United States"
    Longitude -80.60755
    Internal 1
    Latitude 28.32001
  ]
  node [
    id 1
    label "Daytona Beach"
    Country "United States"
    Longitude -81.02283
    Internal 1
    Latitude 29.21081
  ]
  node [
    id 2
    label "West Palm Beach"
    Country "United States"
    Longitude -80.05337
    Internal 1
    Latitude 26.71534
  ]
  node [
    id 3
    label "Stuart"
    Country "United States"
    Longitude -80.25283
    Internal 1
    Latitude 27.19755
  ]
  node [
    id 4
    label "Jacksonville"
    Country "United States"
    Longitude -81.65565
    Internal 1
    Latitude 30.33218
  ]
  node [
    id 5
    label "Savannah"
    Country "United States"
    Longitude -81.09983
    Internal 1
    Latitude 32.08354
  ]
  node [
    id 6
    label "Panama City"
    Country "United States"
    Longitude -85.66021
    Internal 1
    Latitude 30.15881
  ]
  node [
    id 7
    label "Gainesville"
    Country "United States"
    Longitude -82.32483
    Internal 1
    Latitude 29.65163
  ]
  node [
    id 8
    label "Albany"
    geocode_append "GA"
    Country "United States"
    Longitude -84.15574
    Internal 1
    Latitude 31.57851
  ]
  node [
    id 9
    label "Macon"
    Country "United States"
    Longitude -83.6324
    Internal 1
    Latitude 32.84069
  ]
  node [
    id 10
    label "Stone Mt?"
    Country "United States"
    Longitude -84.1702
    Internal 1
    Latitude 33.80816
  ]
  node [
    id 11
    label "Nashville"
    Country "United States"
    Longitude -86.78444
    Internal 1
    Latitude 36.16589
  ]
  node [
    id 12
    label "Knoxville"
    Country "United States"
    Longitude -83.92074
    Internal 1
    Latitude 35.96064
  ]
  node [
    id 13
    label "New Orleans?"
    Country "United States"
    Longitude -90.07507
    Internal 1
    Latitude 29.95465
  ]
  node [
    id 14
    label "Lafayette"
    Country "United States"
    Longitude -92.01984
    Internal 1
    Latitude 30.22409
  ]
  node [
    id 15
    label "Baton Rouge"
    Country "United States"
    Longitude -91.15455
    Internal 1
    Latitude 30.45075
  ]
  node [
    id 16
    label "Shreveport"
    Country "United States"
    Longitude -93.75018
    Internal 1
    Latitude 32.52515
  ]
  node [
    id 17
    label "Jackson"
    Country "United States"
    Longitude -90.18481
    Internal 1
    Latitude 32.29876
  ]
  node [
    id 18
    label "Memphis"
    Country "United States"
    Longitude -90.04898
    Internal 1
    Latitude 35.14953
  ]
  node [
    id 19
    label "Owensboro"
    Country "United States"
    Longitude -87.11333
    Internal 1
    Latitude 37.77422
  ]
  node [
    id 20
    label "Louisville"
    Country "United States"
    Longitude -85.75941
    Internal 1
    Latitude 38.25424
  ]
  node [
    id 21
    label "Georgetown"
    geocode_append "KY"
    Country "United States"
    Longitude -84.55883
    Internal 1
    Latitude 38.2098
  ]
  node [
    id 22
    label "?"
    Internal 1
  ]
  node [
    id 23
    label "Greensboro"
    Country "United States"
    Longitude -79.79198
    Internal 1
    Latitude 36.07264
  ]
  node [
    id 24
    label "Arden"
    geocode_append "NC"
    Country "United States"
    Longitude -82.51651
    Internal 1
    Latitude 35.46623
  ]
  node [
    id 25
    label "Charlotte"
    Country "United States"
    Longitude -80.84313
    Internal 1
    Latitude 35.22709
  ]
  node [
    id 26
    label "Winston"
    Country "United States"
    Longitude -80.24422
    Internal 1
    Latitude 36.09986
  ]
  node [
    id 27
    label "Columbia"
    Country "United States"
    Longitude -81.03481
    Internal 1
    Latitude 34.00071
  ]
  node [
    id 28
    label "Augusta"
    geocode_append "GA"
    Country "United States"
    Longitude -81.97484
    Internal 1
    Latitude 33.47097
  ]
  node [
    id 29
    label "Florence"
    Country "United States"
    Longitude -79.76256
    Internal 1
    Latitude 34.19543
  ]
  node [
    id 30
    label "Charleston"
    geocode_append "SC"
    Country "United States"
    Longitude -79.93092
    Internal 1
    Latitude 32.77657
  ]
  node [
    id 31
    label "New Orleans"
    Country "United States"
    Longitude -90.07507
    Internal 1
    Latitude 29.95465
  ]
  node [
    id 32
    label "Slidell"
    Country "United States"
    Longitude -89.78117
    Internal 1
    Latitude 30.27519
  ]
  node [
    id 33
    label "Huntsville"
    Country "United States"
    Longitude -86.5861
    Internal 1
    Latitude 34.73037
  ]
  node [
    id 34
    label "Chatanooga"
    Country "United States"
    Longitude -85.30968
    Internal 1
    Latitude 35.04563
  ]
  node [
    id 35
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 36
    label "Athens"
    Country "United States"
    Longitude -83.37794
    Internal 1
    Latitude 33.96095
  ]
  node [
    id 37
    label "Biloxi"
    Country "United States"
    Longitude -88.88531
    Internal 1
    Latitude 30.39603
  ]
  node [
    id 38
    label "Pensacola"
    Country "United States"
    Longitude -87.21691
    Internal 1
    Latitude 30.42131
  ]
  node [
    id 39
    label "Montgomery"
    Country "United States"
    Longitude -86.29997
    Internal 1
    Latitude 32.36681
  ]
  node [
    id 40
    label "Birmingham"
    Country "United States"
    Longitude -86.80249
    Internal 1
    Latitude 33.52066
  ]
  node [
    id 41
    label "Ft Lauderdale"
    Country "United States"
    Longitude -80.14338
    Internal 1
    Latitude 26.12231
  ]
  node [
    id 42
    label "Boca Raton"
    Country "United States"
    Longitude -80.0831
    Internal 1
    Latitude 26.35869
  ]
  node [
    id 43
    label "Mobile"
    Country "United States"
    Longitude -88.04305
    Internal 1
    Latitude 30.69436
  ]
  node [
    id 44
    label "Greenville"
    Country "United States"
    Longitude -82.39401
    Internal 1
    Latitude 34.85262
  ]
  node [
    id 45
    label "Spartanburg"
    Country "United States"
    Longitude -81.93205
    Internal 1
    Latitude 34.94957
  ]
  node [
    id 46
    label "Stone Mt?"
    Country "United States"
    Longitude -84.1702
    Internal 1
    Latitude 33.80816
  ]
  node [
    id 47
    label "Wilmington"
    Country "United States"
    Longitude -77.94471
    Internal 1
    Latitude 34.22573
  ]
  node [
    id 48
    label "Orlando"
    Country "United States"
    Longitude -81.37924
    Internal 1
    Latitude 28.53834
  ]
  node [
    id 49
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  node [
    id 50
    label "Miami?"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  edge [
    source 0
    target 48
    id "e11"
  ]
  edge [
    source 1
    target 4
    id "e23"
  ]
  edge [
    source 2
    target 42
    id "e22"
  ]
  edge [
    source 3
    target 50
    id "e21"
  ]
  edge [
    source 4
    target 35
    id "e26"
  ]
  edge [
    source 4
    target 49
    id "e15"
  ]
  edge [
    source 5
    target 46
    id "e5"
  ]
  edge [
    source 6
    target 26
    id "e24"
  ]
  edge [
    source 6
    target 31
    id "e25"
  ]
  edge [
    source 7
    target 48
    id "e14"
  ]
  edge [
    source 8
    target 46
    id "e6"
  ]
  edge [
    source 9
    target 46
    id "e7"
  ]
  edge [
    source 10
    target 15
    id "e57"
  ]
  edge [
    source 10
    target 35
    id "e32"
  ]
  edge [
    source 10
    target 46
    id "e9"
  ]
  edge [
    source 10
    target 39
    id "e41"
  ]
  edge [
    source 11
    target 35
    id "e35"
  ]
  edge [
    source 11
    target 31
    id "e50"
  ]
  edge [
    source 12
    target 35
    id "e28"
  ]
  edge [
    source 12
    target 31
    id "e49"
  ]
  edge [
    source 13
    target 15
    id "e54"
  ]
  edge [
    source 14
    target 15
    id "e55"
  ]
  edge [
    source 15
    target 16
    id "e56"
  ]
  edge [
    source 17
    target 35
    id "e27"
  ]
  edge [
    source 17
    target 31
    id "e46"
  ]
  edge [
    source 18
    target 31
    id "e47"
  ]
  edge [
    source 19
    target 20
    id "e58"
  ]
  edge [
    source 20
    target 35
    id "e37"
  ]
  edge [
    source 20
    target 21
    id "e59"
  ]
  edge [
    source 20
    target 31
    id "e48"
  ]
  edge [
    source 22
    target 25
    id "e62"
  ]
  edge [
    source 22
    target 31
    id "e53"
  ]
  edge [
    source 23
    target 26
    id "e61"
  ]
  edge [
    source 24
    target 26
    id "e60"
  ]
  edge [
    source 25
    target 35
    id "e30"
  ]
  edge [
    source 25
    target 31
    id "e51"
  ]
  edge [
    source 26
    target 35
    id "e29"
  ]
  edge [
    source 26
    target 47
    id "e10"
  ]
  edge [
    source 27
    target 35
    id "e31"
  ]
  edge [
    source 27
    target 28
    id "e63"
  ]
  edge [
    source 27
    target 29
    id "e64"
  ]
  edge [
    source 27
    target 30
    id "e65"
  ]
  edge [
    source 27
    target 31
    id "e52"
  ]
  edge [
    source 31
    target 32
    id "e45"
  ]
  edge [
    source 31
    target 34
    id "e38"
  ]
  edge [
    source 31
    target 37
    id "e44"
  ]
  edge [
    source 31
    target 39
    id "e42"
  ]
  edge [
    source 31
    target 40
    id "e40"
  ]
  edge [
    source 31
    target 43
    id "e1"
  ]
  edge [
    source 31
    target 35
    id "e36"
  ]
  edge [
    source 31
    target 49
    id "e18"
  ]
  edge [
    source 31
    target 38
    id "e43"
  ]
  edge [
    source 33
    target 40
    id "e39"
  ]
  edge [
    source 34
    target 35
    id "e33"
  ]
  edge [
    source 35
    target 40
    id "e34"
  ]
  edge [
    source 35
    target 43
    id "e0"
  ]
  edge [
    source 35
    target 44
    id "e4"
  ]
  edge [
    source 35
    target 48
    id "e12"
  ]
  edge [
    source 35
    target 49
    id "e17"
  ]
  edge [
    source 36
    target 46
    id "e8"
  ]
  edge [
    source 38
    target 44
    id "e3"
  ]
  edge [
    source 41
    target 50
    id "e19"
  ]
  edge [
    source 42
    target 50
    id "e20"
  ]
  edge [
    source 44
    target 45
    id "e2"
  ]
  edge [
    source 48
    target 49
    id "e13"
  ]
  edge [
    source 49
    target 50
    id "e16"
  ]
]
