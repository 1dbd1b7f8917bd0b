graph [
  DateObtained "24/10/10"
  GeoLocation "USA"
  GeoExtent "Country"
  Network "Intellifiber"
  Provenance "Primary"
  Access 0
  Source "http://www.intellifiber.com/static/pdf/20100708-intellifiber-networks-map.pdf"
  Version "1.0"
  DateType "Historic"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Intellifiber"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "07"
  LastAccess "3/08/10"
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_07"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "South Bend"
    Country "United States"
    Longitude -86.25001
    Internal 1
    Latitude 41.68338
  ]
  node [
    id 1
    label "Toledo"
    Country "United States"
    Longitude -83.55521
    Internal 1
    Latitude 41.66394
  ]
  node [
    id 2
    label "Kalmazoo"
    Country "United States"
    Longitude -85.58723
    Internal 1
    Latitude 42.29171
  ]
  node [
    id 3
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 4
    label "Youngstown"
    Country "United States"
    Longitude -80.64952
    Internal 1
    Latitude 41.09978
  ]
  node [
    id 5
    label "Erie"
    Country "United States"
    Longitude -80.08506
    Internal 1
    Latitude 42.12922
  ]
  node [
    id 6
    label "Cleveland"
    Country "United States"
    Longitude -81.69541
    Internal 1
    Latitude 41.4995
  ]
  node [
    id 7
    label "Akron"
    Country "United States"
    Longitude -81.51901
    Internal 1
    Latitude 41.08144
  ]
  node [
    id 8
    label "Bethany Beach"
    Country "United States"
    Longitude -75.05518
    Internal 1
    Latitude 38.53956
  ]
  node [
    id 9
    label "Dover"
    Country "United States"
    Longitude -75.52437
    Internal 1
    Latitude 39.15817
  ]
  node [
    id 10
    label "Buffalo"
    Country "United States"
    Longitude -78.87837
    Internal 1
    Latitude 42.88645
  ]
  node [
    id 11
    label "Rochester"
    Country "United States"
    Longitude -77.61556
    Internal 1
    Latitude 43.15478
  ]
  node [
    id 12
    label "Roanoke"
    Country "United States"
    Longitude -79.94143
    Internal 1
    Latitude 37.27097
  ]
  node [
    id 13
    label "Norfolk/VA Beach"
    Country "United States"
    Longitude -76.28522
    Internal 1
    Latitude 36.84681
  ]
  node [
    id 14
    label "Fredericksburg"
    Country "United States"
    Longitude -77.46054
    Internal 1
    Latitude 38.30318
  ]
  node [
    id 15
    label "Richmond"
    Country "United States"
    Longitude -77.46026
    Internal 1
    Latitude 37.55376
  ]
  node [
    id 16
    label "Harrisburg"
    Country "United States"
    Longitude -76.88442
    Internal 1
    Latitude 40.2737
  ]
  node [
    id 17
    label "Altoona"
    Country "United States"
    Longitude -78.39474
    Internal 1
    Latitude 40.51868
  ]
  node [
    id 18
    label "Poughkeepsie"
    Country "United States"
    Longitude -73.92097
    Internal 1
    Latitude 41.70037
  ]
  node [
    id 19
    label "New York City"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 20
    label "Stamford"
    Country "United States"
    Longitude -73.53873
    Internal 1
    Latitude 41.05343
  ]
  node [
    id 21
    label "Binghampton"
    Country "United States"
    Longitude -75.91797
    Internal 1
    Latitude 42.09869
  ]
  node [
    id 22
    label "Newark"
    Country "United States"
    Longitude -74.17237
    Internal 1
    Latitude 40.73566
  ]
  node [
    id 23
    label "Philadelphia"
    Country "United States"
    Longitude -75.16379
    Internal 1
    Latitude 39.95234
  ]
  node [
    id 24
    label "Newark/Wilmington"
    Country "United States"
    Longitude -75.54659
    Internal 1
    Latitude 39.74595
  ]
  node [
    id 25
    label "Atlantic City"
    Country "United States"
    Longitude -74.42293
    Internal 1
    Latitude 39.36428
  ]
  node [
    id 26
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 27
    label "Petersburg"
    Country "United States"
    Longitude -77.40193
    Internal 1
    Latitude 37.22793
  ]
  node [
    id 28
    label "Emporia"
    Country "United States"
    Longitude -77.54248
    Internal 1
    Latitude 36.68598
  ]
  node [
    id 29
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 30
    label "Saginaw"
    Country "United States"
    Longitude -83.95081
    Internal 1
    Latitude 43.41947
  ]
  node [
    id 31
    label "Indianapolis"
    Country "United States"
    Longitude -86.15804
    Internal 1
    Latitude 39.76838
  ]
  node [
    id 32
    label "Williamsburg"
    Country "United States"
    Longitude -76.70746
    Internal 1
    Latitude 37.2707
  ]
  node [
    id 33
    label "Culpeper"
    Country "United States"
    Longitude -77.99666
    Internal 1
    Latitude 38.47318
  ]
  node [
    id 34
    label "Charlottesville"
    Country "United States"
    Longitude -78.47668
    Internal 1
    Latitude 38.02931
  ]
  node [
    id 35
    label "Dayton"
    Country "United States"
    Longitude -84.19161
    Internal 1
    Latitude 39.75895
  ]
  node [
    id 36
    label "Columbus"
    Country "United States"
    Longitude -82.99879
    Internal 1
    Latitude 39.96118
  ]
  node [
    id 37
    label "Danville"
    Country "United States"
    Longitude -79.39502
    Internal 1
    Latitude 36.58597
  ]
  node [
    id 38
    label "Raleigh"
    Country "United States"
    Longitude -78.63861
    Internal 1
    Latitude 35.7721
  ]
  node [
    id 39
    label "Rocky Mount"
    Country "United States"
    Longitude -77.79053
    Internal 1
    Latitude 35.93821
  ]
  node [
    id 40
    label "Roanoke Rapids"
    Country "United States"
    Longitude -77.65415
    Internal 1
    Latitude 36.46154
  ]
  node [
    id 41
    label "Pittsburgh"
    Country "United States"
    Longitude -79.99589
    Internal 1
    Latitude 40.44062
  ]
  node [
    id 42
    label "Johnstown"
    Country "United States"
    Longitude -78.92197
    Internal 1
    Latitude 40.32674
  ]
  node [
    id 43
    label "Frederick"
    Country "United States"
    Longitude -77.41054
    Internal 1
    Latitude 39.41427
  ]
  node [
    id 44
    label "Hagerstown"
    Country "United States"
    Longitude -77.71999
    Internal 1
    Latitude 39.64176
  ]
  node [
    id 45
    label "Ashburn"
    Country "United States"
    Longitude -77.48749
    Internal 1
    Latitude 39.04372
  ]
  node [
    id 46
    label "Washington, DC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  node [
    id 47
    label "Staunton"
    Country "United States"
    Longitude -79.0717
    Internal 1
    Latitude 38.14958
  ]
  node [
    id 48
    label "Baltimore"
    Country "United States"
    Longitude -76.61219
    Internal 1
    Latitude 39.29038
  ]
  node [
    id 49
    label "New Haven"
    Country "United States"
    Longitude -72.92816
    Internal 1
    Latitude 41.30815
  ]
  node [
    id 50
    label "Hartford"
    Country "United States"
    Longitude -72.68509
    Internal 1
    Latitude 41.76371
  ]
  node [
    id 51
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 52
    label "Montreal"
    Country "Canada"
    Longitude -73.58781
    Internal 1
    Latitude 45.50884
  ]
  node [
    id 53
    label "Albany"
    Country "United States"
    Longitude -73.75623
    Internal 1
    Latitude 42.65258
  ]
  node [
    id 54
    label "Watertown"
    Country "United States"
    Longitude -75.91076
    Internal 1
    Latitude 43.97478
  ]
  node [
    id 55
    label "Syracuse"
    Country "United States"
    Longitude -76.14742
    Internal 1
    Latitude 43.04812
  ]
  node [
    id 56
    label "Providence"
    Country "United States"
    Longitude -71.41283
    Internal 1
    Latitude 41.82399
  ]
  node [
    id 57
    label "Boston"
    Country "United States"
    Longitude -71.05977
    Internal 1
    Latitude 42.35843
  ]
  node [
    id 58
    label "Worcester"
    Country "United States"
    Longitude -71.80229
    Internal 1
    Latitude 42.26259
  ]
  node [
    id 59
    label "Springfield"
    Country "United States"
    Longitude -72.58981
    Internal 1
    Latitude 42.10148
  ]
  node [
    id 60
    label "Harrisonburg"
    Country "United States"
    Longitude -78.86892
    Internal 1
    Latitude 38.44957
  ]
  node [
    id 61
    label "Salisbury"
    Country "United States"
    Longitude -75.59937
    Internal 1
    Latitude 38.36067
  ]
  node [
    id 62
    label "Cincinnati"
    Country "United States"
    Longitude -84.45689
    Internal 1
    Latitude 39.162
  ]
  node [
    id 63
    label "Jackson"
    Country "United States"
    Longitude -84.40135
    Internal 1
    Latitude 42.24587
  ]
  node [
    id 64
    label "Battle Creek"
    Country "United States"
    Longitude -85.17971
    Internal 1
    Latitude 42.32115
  ]
  node [
    id 65
    label "Traverse City"
    Country "United States"
    Longitude -85.62063
    Internal 1
    Latitude 44.76306
  ]
  node [
    id 66
    label "Grand Rapids"
    Country "United States"
    Longitude -85.66809
    Internal 1
    Latitude 42.96336
  ]
  node [
    id 67
    label "Lansing"
    Country "United States"
    Longitude -84.55553
    Internal 1
    Latitude 42.73254
  ]
  node [
    id 68
    label "Flint"
    Country "United States"
    Longitude -83.68746
    Internal 1
    Latitude 43.01253
  ]
  node [
    id 69
    label "Easton"
    Country "United States"
    Longitude -76.07633
    Internal 1
    Latitude 38.77428
  ]
  node [
    id 70
    label "Southfield"
    Country "United States"
    Longitude -83.22187
    Internal 1
    Latitude 42.47337
  ]
  node [
    id 71
    label "Detroit"
    Country "United States"
    Longitude -83.04575
    Internal 1
    Latitude 42.33143
  ]
  node [
    id 72
    label "Ann Arbor"
    Country "United States"
    Longitude -83.74088
    Internal 1
    Latitude 42.27756
  ]
  edge [
    source 0
    target 1
    id "e15"
  ]
  edge [
    source 0
    target 3
    id "e14"
  ]
  edge [
    source 1
    target 6
    id "e16"
  ]
  edge [
    source 1
    target 71
    id "e8"
  ]
  edge [
    source 2
    target 64
    id "e11"
  ]
  edge [
    source 2
    target 66
    id "e2"
  ]
  edge [
    source 2
    target 3
    id "e12"
  ]
  edge [
    source 3
    target 31
    id "e13"
  ]
  edge [
    source 4
    target 41
    id "e24"
  ]
  edge [
    source 4
    target 6
    id "e17"
  ]
  edge [
    source 5
    target 42
    id "e25"
  ]
  edge [
    source 5
    target 10
    id "e26"
  ]
  edge [
    source 5
    target 6
    id "e18"
  ]
  edge [
    source 6
    target 10
    id "e19"
  ]
  edge [
    source 6
    target 7
    id "e20"
  ]
  edge [
    source 6
    target 7
    id "e21"
  ]
  edge [
    source 7
    target 41
    id "e23"
  ]
  edge [
    source 7
    target 36
    id "e22"
  ]
  edge [
    source 8
    target 26
    id "e86"
  ]
  edge [
    source 9
    target 24
    id "e55"
  ]
  edge [
    source 9
    target 29
    id "e87"
  ]
  edge [
    source 10
    target 11
    id "e27"
  ]
  edge [
    source 10
    target 55
    id "e28"
  ]
  edge [
    source 11
    target 55
    id "e29"
  ]
  edge [
    source 12
    target 37
    id "e82"
  ]
  edge [
    source 12
    target 47
    id "e74"
  ]
  edge [
    source 13
    target 32
    id "e83"
  ]
  edge [
    source 13
    target 38
    id "e84"
  ]
  edge [
    source 14
    target 46
    id "e68"
  ]
  edge [
    source 14
    target 15
    id "e79"
  ]
  edge [
    source 15
    target 32
    id "e81"
  ]
  edge [
    source 15
    target 34
    id "e76"
  ]
  edge [
    source 15
    target 27
    id "e80"
  ]
  edge [
    source 15
    target 46
    id "e69"
  ]
  edge [
    source 16
    target 17
    id "e59"
  ]
  edge [
    source 16
    target 44
    id "e58"
  ]
  edge [
    source 16
    target 23
    id "e53"
  ]
  edge [
    source 17
    target 42
    id "e60"
  ]
  edge [
    source 18
    target 19
    id "e44"
  ]
  edge [
    source 18
    target 53
    id "e36"
  ]
  edge [
    source 19
    target 20
    id "e45"
  ]
  edge [
    source 19
    target 53
    id "e35"
  ]
  edge [
    source 19
    target 22
    id "e46"
  ]
  edge [
    source 19
    target 23
    id "e47"
  ]
  edge [
    source 20
    target 49
    id "e43"
  ]
  edge [
    source 21
    target 22
    id "e48"
  ]
  edge [
    source 21
    target 55
    id "e30"
  ]
  edge [
    source 22
    target 25
    id "e50"
  ]
  edge [
    source 22
    target 23
    id "e49"
  ]
  edge [
    source 23
    target 24
    id "e51"
  ]
  edge [
    source 23
    target 25
    id "e52"
  ]
  edge [
    source 24
    target 48
    id "e56"
  ]
  edge [
    source 24
    target 61
    id "e54"
  ]
  edge [
    source 24
    target 25
    id "e57"
  ]
  edge [
    source 26
    target 29
    id "e95"
  ]
  edge [
    source 26
    target 61
    id "e96"
  ]
  edge [
    source 27
    target 28
    id "e88"
  ]
  edge [
    source 28
    target 40
    id "e89"
  ]
  edge [
    source 29
    target 69
    id "e85"
  ]
  edge [
    source 30
    target 68
    id "e4"
  ]
  edge [
    source 31
    target 62
    id "e94"
  ]
  edge [
    source 33
    target 34
    id "e75"
  ]
  edge [
    source 33
    target 51
    id "e78"
  ]
  edge [
    source 34
    target 37
    id "e77"
  ]
  edge [
    source 34
    target 47
    id "e73"
  ]
  edge [
    source 35
    target 36
    id "e92"
  ]
  edge [
    source 35
    target 62
    id "e93"
  ]
  edge [
    source 38
    target 39
    id "e91"
  ]
  edge [
    source 39
    target 40
    id "e90"
  ]
  edge [
    source 41
    target 42
    id "e61"
  ]
  edge [
    source 41
    target 44
    id "e62"
  ]
  edge [
    source 43
    target 46
    id "e64"
  ]
  edge [
    source 44
    target 46
    id "e63"
  ]
  edge [
    source 45
    target 51
    id "e70"
  ]
  edge [
    source 45
    target 60
    id "e71"
  ]
  edge [
    source 45
    target 46
    id "e67"
  ]
  edge [
    source 46
    target 48
    id "e65"
  ]
  edge [
    source 46
    target 51
    id "e66"
  ]
  edge [
    source 47
    target 60
    id "e72"
  ]
  edge [
    source 49
    target 50
    id "e42"
  ]
  edge [
    source 50
    target 56
    id "e41"
  ]
  edge [
    source 52
    target 53
    id "e37"
  ]
  edge [
    source 53
    target 59
    id "e34"
  ]
  edge [
    source 53
    target 55
    id "e33"
  ]
  edge [
    source 53
    target 55
    id "e32"
  ]
  edge [
    source 54
    target 55
    id "e31"
  ]
  edge [
    source 56
    target 57
    id "e40"
  ]
  edge [
    source 57
    target 58
    id "e39"
  ]
  edge [
    source 58
    target 59
    id "e38"
  ]
  edge [
    source 63
    target 64
    id "e10"
  ]
  edge [
    source 63
    target 72
    id "e9"
  ]
  edge [
    source 65
    target 66
    id "e0"
  ]
  edge [
    source 66
    target 67
    id "e1"
  ]
  edge [
    source 67
    target 68
    id "e3"
  ]
  edge [
    source 68
    target 70
    id "e5"
  ]
  edge [
    source 70
    target 71
    id "e6"
  ]
  edge [
    source 71
    target 72
    id "e7"
  ]
]
