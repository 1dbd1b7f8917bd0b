graph [
  DateObtained "15/11/10"
  GeoLocation "Louisiana, Texas, USA"
  GeoExtent "Region"
  Network "Network USA "
  Provenance "Primary"
  Access 0
  Source "http://www.networkusa.com/network.html"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "NetworkUsa"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "New Orleans"
    Country "United States"
    Longitude -90.07507
    Internal 1
    Latitude 29.95465
  ]
  node [
    id 1
    label "Thi'bodaux"
    Country "United States"
    Longitude -90.82287
    Internal 1
    Latitude 29.79576
  ]
  node [
    id 2
    label "Covington"
    Country "United States"
    Longitude -90.10091
    Internal 1
    Latitude 30.47547
  ]
  node [
    id 3
    label "Gulfport"
    Country "United States"
    Longitude -89.09282
    Internal 1
    Latitude 30.36742
  ]
  node [
    id 4
    label "Baton Rouge"
    Country "United States"
    Longitude -91.15455
    Internal 1
    Latitude 30.45075
  ]
  node [
    id 5
    label "Lafayette"
    Country "United States"
    Longitude -92.01984
    Internal 1
    Latitude 30.22409
  ]
  node [
    id 6
    label "Morgan City"
    Country "United States"
    Longitude -91.20677
    Internal 1
    Latitude 29.69937
  ]
  node [
    id 7
    label "Hammond"
    Country "United States"
    Longitude -90.4612
    Internal 1
    Latitude 30.50436
  ]
  node [
    id 8
    label "Alexandria"
    Country "United States"
    Longitude -92.44514
    Internal 1
    Latitude 31.31129
  ]
  node [
    id 9
    label "Derry"
    Country "United States"
    Longitude -92.94766
    Internal 1
    Latitude 31.53406
  ]
  node [
    id 10
    label "San Antonio"
    Country "United States"
    Longitude -98.49363
    Internal 1
    Latitude 29.42412
  ]
  node [
    id 11
    label "Austin"
    Country "United States"
    Longitude -97.74306
    Internal 1
    Latitude 30.26715
  ]
  node [
    id 12
    label "College Station"
    Country "United States"
    Longitude -96.33441
    Internal 1
    Latitude 30.62798
  ]
  node [
    id 13
    label "Waco"
    Country "United States"
    Longitude -97.14667
    Internal 1
    Latitude 31.54933
  ]
  node [
    id 14
    label "Natchitoches"
    Country "United States"
    Longitude -93.08627
    Internal 1
    Latitude 31.76072
  ]
  node [
    id 15
    label "Houston"
    Country "United States"
    Longitude -95.36327
    Internal 1
    Latitude 29.76328
  ]
  node [
    id 16
    label "Liberty"
    Country "United States"
    Longitude -94.79548
    Internal 1
    Latitude 30.05799
  ]
  node [
    id 17
    label "Opelousas"
    Country "United States"
    Longitude -92.08151
    Internal 1
    Latitude 30.53353
  ]
  node [
    id 18
    label "St Landry"
    Country "United States"
    Longitude -92.2579
    Internal 1
    Latitude 30.84436
  ]
  node [
    id 19
    label "Fort Polk"
    Country "United States"
    Longitude -93.20544
    Internal 1
    Latitude 31.04658
  ]
  node [
    id 20
    label "Coushatta"
    Country "United States"
    Longitude -93.34212
    Internal 1
    Latitude 32.01488
  ]
  node [
    id 21
    label "Nome"
    Country "United States"
    Longitude -94.42436
    Internal 1
    Latitude 30.03577
  ]
  node [
    id 22
    label "Beaumont"
    Country "United States"
    Longitude -94.10185
    Internal 1
    Latitude 30.08605
  ]
  node [
    id 23
    label "Lake Charles"
    Country "United States"
    Longitude -93.2044
    Internal 1
    Latitude 30.21309
  ]
  node [
    id 24
    label "Deridder"
    Country "United States"
    Longitude -93.28905
    Internal 1
    Latitude 30.84631
  ]
  node [
    id 25
    label "Jackson"
    Country "United States"
    Longitude -90.18481
    Internal 1
    Latitude 32.29876
  ]
  node [
    id 26
    label "Slidell"
    Country "United States"
    Longitude -89.78117
    Internal 1
    Latitude 30.27519
  ]
  node [
    id 27
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 28
    label "Tyler"
    Country "United States"
    Longitude -95.30106
    Internal 1
    Latitude 32.35126
  ]
  node [
    id 29
    label "Longview"
    Country "United States"
    Longitude -94.74049
    Internal 1
    Latitude 32.5007
  ]
  node [
    id 30
    label "Shreveport"
    Country "United States"
    Longitude -93.75018
    Internal 1
    Latitude 32.52515
  ]
  node [
    id 31
    label "Bossier City"
    Country "United States"
    Longitude -93.73212
    Internal 1
    Latitude 32.51599
  ]
  node [
    id 32
    label "Minden"
    Country "United States"
    Longitude -93.28684
    Internal 1
    Latitude 32.61543
  ]
  node [
    id 33
    label "Ruston"
    Country "United States"
    Longitude -92.63793
    Internal 1
    Latitude 32.52321
  ]
  node [
    id 34
    label "Monroe"
    Country "United States"
    Longitude -92.1193
    Internal 1
    Latitude 32.50931
  ]
  edge [
    source 0
    target 1
    id "e16"
  ]
  edge [
    source 0
    target 3
    id "e15"
  ]
  edge [
    source 0
    target 7
    id "e17"
  ]
  edge [
    source 1
    target 6
    id "e18"
  ]
  edge [
    source 2
    target 26
    id "e12"
  ]
  edge [
    source 2
    target 7
    id "e14"
  ]
  edge [
    source 3
    target 26
    id "e13"
  ]
  edge [
    source 4
    target 5
    id "e21"
  ]
  edge [
    source 4
    target 7
    id "e20"
  ]
  edge [
    source 5
    target 17
    id "e23"
  ]
  edge [
    source 5
    target 6
    id "e19"
  ]
  edge [
    source 5
    target 23
    id "e22"
  ]
  edge [
    source 7
    target 25
    id "e11"
  ]
  edge [
    source 8
    target 9
    id "e24"
  ]
  edge [
    source 8
    target 18
    id "e25"
  ]
  edge [
    source 9
    target 14
    id "e26"
  ]
  edge [
    source 10
    target 11
    id "e36"
  ]
  edge [
    source 10
    target 15
    id "e35"
  ]
  edge [
    source 11
    target 12
    id "e37"
  ]
  edge [
    source 12
    target 13
    id "e38"
  ]
  edge [
    source 13
    target 27
    id "e1"
  ]
  edge [
    source 14
    target 20
    id "e27"
  ]
  edge [
    source 15
    target 16
    id "e34"
  ]
  edge [
    source 16
    target 21
    id "e33"
  ]
  edge [
    source 17
    target 18
    id "e29"
  ]
  edge [
    source 19
    target 24
    id "e28"
  ]
  edge [
    source 20
    target 30
    id "e5"
  ]
  edge [
    source 21
    target 22
    id "e32"
  ]
  edge [
    source 22
    target 23
    id "e31"
  ]
  edge [
    source 23
    target 24
    id "e30"
  ]
  edge [
    source 25
    target 30
    id "e4"
  ]
  edge [
    source 27
    target 28
    id "e0"
  ]
  edge [
    source 28
    target 29
    id "e2"
  ]
  edge [
    source 29
    target 30
    id "e3"
  ]
  edge [
    source 30
    target 34
    id "e7"
  ]
  edge [
    source 30
    target 31
    id "e6"
  ]
  edge [
    source 31
    target 32
    id "e8"
  ]
  edge [
    source 32
    target 33
    id "e9"
  ]
  edge [
    source 33
    target 34
    id "e10"
  ]
]
