graph [
  DateObtained "19/10/10"
  GeoLocation "North Carolina, South Carolina, USA"
  GeoExtent "Region"
  Network "PalmettoNet "
  Provenance "Primary"
  Access 0
  Source "http://www.palmettonet.com/page_corenetwork.php"
  Version "1.0"
  DateType "Historic"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Palmetto"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "3/08/10"
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2006"
  DateYear "2006"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Rock Hill"
    Country "United States"
    Longitude -81.02508
    Internal 1
    Latitude 34.92487
  ]
  node [
    id 1
    label "Charlotte"
    Country "United States"
    Longitude -80.84313
    Internal 1
    Latitude 35.22709
  ]
  node [
    id 2
    label "Bethune"
    Country "United States"
    Longitude -80.34868
    Internal 1
    Latitude 34.41488
  ]
  node [
    id 3
    label "Lancaster"
    Country "United States"
    Longitude -80.7709
    Internal 1
    Latitude 34.72043
  ]
  node [
    id 4
    label "Courtney"
    Country "United States"
    Longitude -80.62062
    Internal 1
    Latitude 36.06014
  ]
  node [
    id 5
    label "Lexington"
    Country "United States"
    Longitude -80.25338
    Internal 1
    Latitude 35.82403
  ]
  node [
    id 6
    label "Concord"
    Country "United States"
    Longitude -80.57951
    Internal 1
    Latitude 35.40875
  ]
  node [
    id 7
    label "Salisbury"
    Country "United States"
    Longitude -80.46256
    Internal 1
    Latitude 35.64375
  ]
  node [
    id 8
    label "High Point"
    Country "United States"
    Longitude -80.00532
    Internal 1
    Latitude 35.95569
  ]
  node [
    id 9
    label "Asheboro"
    Country "United States"
    Longitude -79.81364
    Internal 1
    Latitude 35.70791
  ]
  node [
    id 10
    label "Orangeburg"
    Country "United States"
    Longitude -80.85565
    Internal 1
    Latitude 33.49182
  ]
  node [
    id 11
    label "Aiken"
    Country "United States"
    Longitude -81.71955
    Internal 1
    Latitude 33.56042
  ]
  node [
    id 12
    label "Chester"
    Country "United States"
    Longitude -81.21426
    Internal 1
    Latitude 34.70486
  ]
  node [
    id 13
    label "Columbia"
    Country "United States"
    Longitude -81.03481
    Internal 1
    Latitude 34.00071
  ]
  node [
    id 14
    label "Sumter"
    Country "United States"
    Longitude -80.34147
    Internal 1
    Latitude 33.92044
  ]
  node [
    id 15
    label "Georgetown"
    Country "United States"
    Longitude -79.2945
    Internal 1
    Latitude 33.37683
  ]
  node [
    id 16
    label "Moncks Corner"
    Country "United States"
    Longitude -80.01314
    Internal 1
    Latitude 33.196
  ]
  node [
    id 17
    label "Charleston"
    Country "United States"
    Longitude -79.93092
    Internal 1
    Latitude 32.77657
  ]
  node [
    id 18
    label "St George"
    Country "United States"
    Longitude -80.57565
    Internal 1
    Latitude 33.186
  ]
  node [
    id 19
    label "Walterboro"
    Country "United States"
    Longitude -80.66677
    Internal 1
    Latitude 32.90517
  ]
  node [
    id 20
    label "Yemassee"
    Country "United States"
    Longitude -80.85066
    Internal 1
    Latitude 32.69018
  ]
  node [
    id 21
    label "Augusta"
    Country "United States"
    Longitude -81.96512
    Internal 1
    Latitude 33.5018
  ]
  node [
    id 22
    label "Hilton Head"
    Country "United States"
    Longitude -80.75261
    Internal 1
    Latitude 32.21632
  ]
  node [
    id 23
    label "Beaufort"
    Country "United States"
    Longitude -80.66983
    Internal 1
    Latitude 32.43158
  ]
  node [
    id 24
    label "Savannah"
    Country "United States"
    Longitude -81.09983
    Internal 1
    Latitude 32.08354
  ]
  node [
    id 25
    label "Greenwood"
    Country "United States"
    Longitude -82.16179
    Internal 1
    Latitude 34.1954
  ]
  node [
    id 26
    label "Due West"
    Country "United States"
    Longitude -82.3879
    Internal 1
    Latitude 34.33345
  ]
  node [
    id 27
    label "Spartanburg"
    Country "United States"
    Longitude -81.93205
    Internal 1
    Latitude 34.94957
  ]
  node [
    id 28
    label "Asheville"
    Country "United States"
    Longitude -82.55402
    Internal 1
    Latitude 35.60095
  ]
  node [
    id 29
    label "Boone"
    Country "United States"
    Longitude -81.67455
    Internal 1
    Latitude 36.2168
  ]
  node [
    id 30
    label "Hickory"
    Country "United States"
    Longitude -81.3412
    Internal 1
    Latitude 35.73319
  ]
  node [
    id 31
    label "Anderson"
    Country "United States"
    Longitude -82.65013
    Internal 1
    Latitude 34.50344
  ]
  node [
    id 32
    label "Clemson"
    Country "United States"
    Longitude -82.83737
    Internal 1
    Latitude 34.68344
  ]
  node [
    id 33
    label "Toccoa"
    Country "United States"
    Longitude -83.33239
    Internal 1
    Latitude 34.57732
  ]
  node [
    id 34
    label "Greenville"
    Country "United States"
    Longitude -82.39401
    Internal 1
    Latitude 34.85262
  ]
  node [
    id 35
    label "Myrtle Beach"
    Country "United States"
    Longitude -78.88669
    Internal 1
    Latitude 33.68906
  ]
  node [
    id 36
    label "Florence"
    Country "United States"
    Longitude -79.76256
    Internal 1
    Latitude 34.19543
  ]
  node [
    id 37
    label "Baldwin"
    Country "United States"
    Longitude -81.53288
    Internal 1
    Latitude 36.34763
  ]
  node [
    id 38
    label "Sparta"
    Country "United States"
    Longitude -81.12092
    Internal 1
    Latitude 36.50541
  ]
  node [
    id 39
    label "Level Cross"
    Country "United States"
    Longitude -80.60729
    Internal 1
    Latitude 36.4993
  ]
  node [
    id 40
    label "Greensboro"
    Country "United States"
    Longitude -79.79198
    Internal 1
    Latitude 36.07264
  ]
  node [
    id 41
    label "Raleigh"
    Country "United States"
    Longitude -78.63861
    Internal 1
    Latitude 35.7721
  ]
  node [
    id 42
    label "Rocky Mount"
    Country "United States"
    Longitude -77.79665
    Internal 1
    Latitude 35.9246
  ]
  node [
    id 43
    label "Fayetteville"
    Country "United States"
    Longitude -78.87836
    Internal 1
    Latitude 35.05266
  ]
  node [
    id 44
    label "Wilmington"
    Country "United States"
    Longitude -77.94471
    Internal 1
    Latitude 34.22573
  ]
  edge [
    source 0
    target 1
    id "e24"
  ]
  edge [
    source 0
    target 1
    id "e23"
  ]
  edge [
    source 0
    target 3
    id "e22"
  ]
  edge [
    source 0
    target 12
    id "e25"
  ]
  edge [
    source 1
    target 27
    id "e27"
  ]
  edge [
    source 1
    target 6
    id "e26"
  ]
  edge [
    source 2
    target 3
    id "e21"
  ]
  edge [
    source 2
    target 36
    id "e19"
  ]
  edge [
    source 2
    target 14
    id "e20"
  ]
  edge [
    source 4
    target 5
    id "e32"
  ]
  edge [
    source 4
    target 5
    id "e31"
  ]
  edge [
    source 4
    target 37
    id "e0"
  ]
  edge [
    source 4
    target 39
    id "e5"
  ]
  edge [
    source 5
    target 8
    id "e33"
  ]
  edge [
    source 5
    target 9
    id "e34"
  ]
  edge [
    source 5
    target 6
    id "e28"
  ]
  edge [
    source 5
    target 7
    id "e30"
  ]
  edge [
    source 6
    target 7
    id "e29"
  ]
  edge [
    source 8
    target 40
    id "e6"
  ]
  edge [
    source 8
    target 9
    id "e35"
  ]
  edge [
    source 10
    target 18
    id "e61"
  ]
  edge [
    source 10
    target 13
    id "e53"
  ]
  edge [
    source 11
    target 21
    id "e63"
  ]
  edge [
    source 11
    target 13
    id "e54"
  ]
  edge [
    source 12
    target 26
    id "e49"
  ]
  edge [
    source 12
    target 13
    id "e50"
  ]
  edge [
    source 13
    target 21
    id "e52"
  ]
  edge [
    source 13
    target 14
    id "e51"
  ]
  edge [
    source 14
    target 16
    id "e56"
  ]
  edge [
    source 14
    target 36
    id "e18"
  ]
  edge [
    source 14
    target 15
    id "e55"
  ]
  edge [
    source 15
    target 35
    id "e17"
  ]
  edge [
    source 16
    target 17
    id "e57"
  ]
  edge [
    source 17
    target 24
    id "e59"
  ]
  edge [
    source 17
    target 18
    id "e58"
  ]
  edge [
    source 17
    target 35
    id "e16"
  ]
  edge [
    source 18
    target 19
    id "e60"
  ]
  edge [
    source 19
    target 20
    id "e62"
  ]
  edge [
    source 20
    target 24
    id "e68"
  ]
  edge [
    source 20
    target 22
    id "e67"
  ]
  edge [
    source 20
    target 23
    id "e65"
  ]
  edge [
    source 20
    target 23
    id "e66"
  ]
  edge [
    source 21
    target 24
    id "e64"
  ]
  edge [
    source 21
    target 31
    id "e45"
  ]
  edge [
    source 22
    target 24
    id "e69"
  ]
  edge [
    source 25
    target 26
    id "e48"
  ]
  edge [
    source 25
    target 26
    id "e47"
  ]
  edge [
    source 26
    target 31
    id "e46"
  ]
  edge [
    source 27
    target 34
    id "e39"
  ]
  edge [
    source 27
    target 30
    id "e37"
  ]
  edge [
    source 28
    target 34
    id "e38"
  ]
  edge [
    source 28
    target 30
    id "e36"
  ]
  edge [
    source 29
    target 37
    id "e3"
  ]
  edge [
    source 29
    target 37
    id "e2"
  ]
  edge [
    source 31
    target 32
    id "e44"
  ]
  edge [
    source 31
    target 33
    id "e43"
  ]
  edge [
    source 32
    target 33
    id "e42"
  ]
  edge [
    source 32
    target 34
    id "e41"
  ]
  edge [
    source 33
    target 34
    id "e40"
  ]
  edge [
    source 35
    target 36
    id "e15"
  ]
  edge [
    source 35
    target 36
    id "e14"
  ]
  edge [
    source 35
    target 44
    id "e13"
  ]
  edge [
    source 36
    target 43
    id "e11"
  ]
  edge [
    source 37
    target 38
    id "e1"
  ]
  edge [
    source 38
    target 39
    id "e4"
  ]
  edge [
    source 40
    target 41
    id "e7"
  ]
  edge [
    source 41
    target 42
    id "e8"
  ]
  edge [
    source 41
    target 43
    id "e9"
  ]
  edge [
    source 42
    target 43
    id "e10"
  ]
  edge [
    source 43
    target 44
    id "e12"
  ]
]
