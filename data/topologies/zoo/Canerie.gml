graph [
  DateObtained "2/12/10"
  GeoLocation "Canada"
  GeoExtent "Country"
  Network "Canerie"
  Provenance "Primary"
  Note "Explicitly allows for 3-rd party transit in network docs."
  Source "http://www.canarie.ca/templates/news/docs/CANARIE_Network_May28_2010.png"
  Version "1.0"
  Type "REN"
  DateType "Dynamic"
  Backbone 1
  Commercial 0
  label "Canerie"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "7/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Thunder Bay"
    Country "Canada"
    Longitude -89.31683
    Internal 1
    Latitude 48.4001
  ]
  node [
    id 1
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 2
    label "Regina"
    Country "Canada"
    Longitude -104.6178
    Internal 1
    Latitude 50.45008
  ]
  node [
    id 3
    label "Winnipeg"
    Country "Canada"
    Longitude -97.14704
    Internal 1
    Latitude 49.8844
  ]
  node [
    id 4
    label "Ottawa"
    Country "Canada"
    Longitude -75.69812
    Internal 1
    Latitude 45.41117
  ]
  node [
    id 5
    label "Montreal"
    Country "Canada"
    Longitude -73.58781
    Internal 1
    Latitude 45.50884
  ]
  node [
    id 6
    label "Windsor/Detroit"
    Country "United States"
    Longitude -83.04575
    Internal 1
    Latitude 42.33143
  ]
  node [
    id 7
    label "Toronto"
    Country "Canada"
    Longitude -79.4163
    Internal 1
    Latitude 43.70011
  ]
  node [
    id 8
    label "Fredericton"
    Country "Canada"
    Longitude -66.66558
    Internal 1
    Latitude 45.94541
  ]
  node [
    id 9
    label "Charlottetown"
    Country "Canada"
    Longitude -63.12671
    Internal 1
    Latitude 46.23525
  ]
  node [
    id 10
    label "Asie-Pacifique"
    Internal 0
  ]
  node [
    id 11
    label "Boston"
    Country "United States"
    Longitude -71.05977
    Internal 1
    Latitude 42.35843
  ]
  node [
    id 12
    label "Asia-Pacific"
    Internal 0
  ]
  node [
    id 13
    label "Amerique du Nord et Amerique du Sud"
    Internal 0
  ]
  node [
    id 14
    label "Europe"
    Internal 0
  ]
  node [
    id 15
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 16
    label "St John's"
    Country "Canada"
    Longitude -52.70931
    Internal 1
    Latitude 47.56494
  ]
  node [
    id 17
    label "Halifax"
    Country "Canada"
    Longitude -63.57333
    Internal 1
    Latitude 44.646
  ]
  node [
    id 18
    label "North and South America"
    Internal 0
  ]
  node [
    id 19
    label "Europe and other countries"
    Internal 0
  ]
  node [
    id 20
    label "Europe et autres pays"
    Internal 0
  ]
  node [
    id 21
    label "Europe and other countries"
    Internal 0
  ]
  node [
    id 22
    label "Calgary"
    Country "Canada"
    Longitude -114.08529
    Internal 1
    Latitude 51.05011
  ]
  node [
    id 23
    label "Saskatoon"
    Country "Canada"
    Longitude -106.63452
    Internal 1
    Latitude 52.11679
  ]
  node [
    id 24
    label "Whitehorse"
    Country "Canada"
    Longitude -135.05375
    Internal 1
    Latitude 60.71611
  ]
  node [
    id 25
    label "Yellowknife"
    Country "Canada"
    Longitude -114.35255
    Internal 1
    Latitude 62.456
  ]
  node [
    id 26
    label "Edmonton"
    Country "Canada"
    Longitude -113.46871
    Internal 1
    Latitude 53.55014
  ]
  node [
    id 27
    label "Kamloops"
    Country "Canada"
    Longitude -120.3192
    Internal 1
    Latitude 50.66648
  ]
  node [
    id 28
    label "Kelowna"
    Country "Canada"
    Longitude -119.48568
    Internal 1
    Latitude 49.88307
  ]
  node [
    id 29
    label "Vancouver"
    Country "Canada"
    Longitude -123.11934
    Internal 1
    Latitude 49.24966
  ]
  node [
    id 30
    label "Victoria"
    Country "Canada"
    Longitude -123.3693
    Internal 1
    Latitude 48.43294
  ]
  node [
    id 31
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  edge [
    source 0
    target 3
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 0
    target 7
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 1
    target 3
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 1
    target 6
    LinkLabel "72 Lambda ROADM Network"
  ]
  edge [
    source 1
    target 13
    id "e25"
  ]
  edge [
    source 1
    target 18
    id "e24"
  ]
  edge [
    source 1
    target 19
    id "e23"
  ]
  edge [
    source 1
    target 22
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 1
    target 31
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 2
    target 3
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 2
    target 22
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 3
    target 7
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 3
    target 22
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 3
    target 23
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 4
    target 5
    LinkLabel "72 Lambda ROADM Network"
  ]
  edge [
    source 4
    target 7
    LinkLabel "72 Lambda ROADM Network"
  ]
  edge [
    source 5
    target 8
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 5
    target 17
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 5
    target 11
    LinkLabel "72 Lambda ROADM Network"
  ]
  edge [
    source 6
    target 7
    LinkLabel "72 Lambda ROADM Network"
  ]
  edge [
    source 7
    target 15
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 8
    target 9
    LinkNote " Wavelength"
    LinkLabel "Planned Wavelength"
    LinkStatus "Planned"
  ]
  edge [
    source 9
    target 17
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 10
    target 31
    id "e10"
  ]
  edge [
    source 11
    target 15
    LinkLabel "72 Lambda ROADM Network"
  ]
  edge [
    source 12
    target 31
    id "e12"
  ]
  edge [
    source 14
    target 16
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 15
    target 17
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 15
    target 20
    id "e39"
  ]
  edge [
    source 15
    target 21
    id "e38"
  ]
  edge [
    source 16
    target 17
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 22
    target 27
    LinkLabel "72 Lambda ROADM Network"
  ]
  edge [
    source 22
    target 26
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 23
    target 26
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 24
    target 26
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 25
    target 26
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 27
    target 28
    LinkLabel "72 Lambda ROADM Network"
  ]
  edge [
    source 27
    target 29
    LinkLabel "72 Lambda ROADM Network"
  ]
  edge [
    source 29
    target 30
    LinkLabel "72 Lambda ROADM Network"
  ]
  edge [
    source 29
    target 31
    LinkLabel "Leased Wavelength/Managed Service"
  ]
  edge [
    source 30
    target 31
    LinkLabel "72 Lambda ROADM Network"
  ]
]
