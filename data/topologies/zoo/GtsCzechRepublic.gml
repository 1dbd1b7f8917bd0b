graph [
  DateObtained "22/10/10"
  GeoLocation "Czech Republic"
  GeoExtent "Country"
  Network "GTS Czech Republic"
  Provenance "Primary"
  Access 0
  Source "http://www.gtsce.com/en/map/index.shtml"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "GtsCzechRepublic"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "10"
  LastAccess "22/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_10"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Klatovy"
    Country "Czech Republic"
    Longitude 13.29505
    Internal 1
    Latitude 49.39552
    type "Small Node"
  ]
  node [
    id 1
    label "Pisek"
    Country "Czech Republic"
    Longitude 14.1475
    Internal 1
    Latitude 49.3088
    type "Small Node"
  ]
  node [
    id 2
    label "Chomutov"
    Country "Czech Republic"
    Longitude 13.41779
    Internal 1
    Latitude 50.46048
    type "Small Node"
  ]
  node [
    id 3
    label "Plzen"
    Country "Czech Republic"
    Longitude 13.37759
    Internal 1
    Latitude 49.74747
    type "Small Node"
  ]
  node [
    id 4
    label "Jindrichuv Hradec"
    Country "Czech Republic"
    Longitude 15.00301
    Internal 1
    Latitude 49.14404
    type "Small Node"
  ]
  node [
    id 5
    label "Havlickuv Brod"
    Country "Czech Republic"
    Longitude 15.58069
    Internal 1
    Latitude 49.60785
    type "Small Node"
  ]
  node [
    id 6
    label "Ceske Budejovice"
    Country "Czech Republic"
    Longitude 14.47434
    Internal 1
    Latitude 48.97447
    type "Small Node"
  ]
  node [
    id 7
    label "Tabor"
    Country "Czech Republic"
    Longitude 14.6578
    Internal 1
    Latitude 49.41441
    type "Small Node"
  ]
  node [
    id 8
    label "Zmjno"
    Internal 1
    type "Small Node"
  ]
  node [
    id 9
    label "Brno"
    Country "Czech Republic"
    Longitude 16.60796
    Internal 1
    Latitude 49.19522
    type "Small Node"
  ]
  node [
    id 10
    label "None"
    Internal 1
    type "Small Node"
  ]
  node [
    id 11
    label "Hardec Kralove"
    Internal 1
    type "Small Node"
  ]
  node [
    id 12
    label "Usti nad Labem"
    Country "Czech Republic"
    Longitude 14.03227
    Internal 1
    Latitude 50.6607
    type "Small Node"
  ]
  node [
    id 13
    label "Kolin"
    Country "Czech Republic"
    Longitude 15.20057
    Internal 1
    Latitude 50.02814
    type "Small Node"
  ]
  node [
    id 14
    label "Ostrava"
    Country "Czech Republic"
    Longitude 18.28204
    Internal 1
    Latitude 49.83465
    type "Small Node"
  ]
  node [
    id 15
    label "Zlin"
    Country "Czech Republic"
    Longitude 17.66667
    Internal 1
    Latitude 49.21667
    type "Small Node"
  ]
  node [
    id 16
    label "Ostrokovice"
    Country "Czech Republic"
    Longitude 15.5
    Internal 1
    Latitude 49.03333
    type "Small Node"
  ]
  node [
    id 17
    label "Hodonin"
    Country "Czech Republic"
    Longitude 17.13244
    Internal 1
    Latitude 48.84893
    type "Small Node"
  ]
  node [
    id 18
    label "Bratislava"
    Internal 0
  ]
  node [
    id 19
    label "Frankfurt"
    Internal 0
  ]
  node [
    id 20
    label "Warsaw"
    Internal 0
  ]
  node [
    id 21
    label "Prostejov"
    Country "Czech Republic"
    Longitude 17.11184
    Internal 1
    Latitude 49.47188
    type "Small Node"
  ]
  node [
    id 22
    label "Beroun"
    Country "Czech Republic"
    Longitude 14.072
    Internal 1
    Latitude 49.96382
    type "Small Node"
  ]
  node [
    id 23
    label "Karlovy vary"
    Country "Czech Republic"
    Longitude 12.87117
    Internal 1
    Latitude 50.23271
    type "Small Node"
  ]
  node [
    id 24
    label "Opava"
    Country "Czech Republic"
    Longitude 17.90257
    Internal 1
    Latitude 49.93866
    type "Small Node"
  ]
  node [
    id 25
    label "Olomouc"
    Country "Czech Republic"
    Longitude 17.25175
    Internal 1
    Latitude 49.59552
    type "Small Node"
  ]
  node [
    id 26
    label "Ceska Trebova"
    Country "Czech Republic"
    Longitude 16.44413
    Internal 1
    Latitude 49.90436
    type "Small Node"
  ]
  node [
    id 27
    label "Liberec"
    Country "Czech Republic"
    Longitude 15.05619
    Internal 1
    Latitude 50.76711
    type "Small Node"
  ]
  node [
    id 28
    label "Semily"
    Country "Czech Republic"
    Longitude 15.33552
    Internal 1
    Latitude 50.60191
    type "Small Node"
  ]
  node [
    id 29
    label "Kladno"
    Country "Czech Republic"
    Longitude 14.10285
    Internal 1
    Latitude 50.14734
    type "Small Node"
  ]
  node [
    id 30
    label "Prague"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
    type "Large Node"
  ]
  node [
    id 31
    label "Mlada Boleslay"
    Country "Czech Republic"
    Longitude 14.90318
    Internal 1
    Latitude 50.41135
    type "Small Node"
  ]
  edge [
    source 0
    target 3
    LinkLabel "Thin Line"
  ]
  edge [
    source 1
    target 6
    LinkLabel "Thin Line"
  ]
  edge [
    source 2
    target 12
    LinkLabel "Thick Line"
  ]
  edge [
    source 2
    target 23
    LinkLabel "Thick Line"
  ]
  edge [
    source 3
    target 22
    LinkLabel "Thick Line"
  ]
  edge [
    source 3
    target 23
    LinkLabel "Thick Line"
  ]
  edge [
    source 4
    target 5
    LinkLabel "Thick Line"
  ]
  edge [
    source 4
    target 6
    LinkLabel "Thick Line"
  ]
  edge [
    source 5
    target 9
    LinkLabel "Thick Line"
  ]
  edge [
    source 6
    target 30
    LinkLabel "Thick Line"
  ]
  edge [
    source 6
    target 7
    LinkLabel "Thin Line"
  ]
  edge [
    source 8
    target 9
    LinkLabel "Thin Line"
  ]
  edge [
    source 9
    target 17
    LinkLabel "Thick Line"
  ]
  edge [
    source 9
    target 18
    LinkLabel "Thick Line"
  ]
  edge [
    source 10
    target 11
    LinkLabel "Thin Line"
  ]
  edge [
    source 11
    target 28
    LinkLabel "Thick Line"
  ]
  edge [
    source 11
    target 26
    LinkLabel "Thick Line"
  ]
  edge [
    source 11
    target 30
    LinkLabel "Thick Line"
  ]
  edge [
    source 12
    target 27
    LinkLabel "Thick Line"
  ]
  edge [
    source 13
    target 30
    LinkLabel "Thin Line"
  ]
  edge [
    source 14
    target 24
    LinkLabel "Thick Line"
  ]
  edge [
    source 14
    target 25
    LinkLabel "Thick Line"
  ]
  edge [
    source 14
    target 20
    LinkLabel "Thick Line"
  ]
  edge [
    source 14
    target 15
    LinkLabel "Thick Line"
  ]
  edge [
    source 15
    target 16
    LinkLabel "Thick Line"
  ]
  edge [
    source 16
    target 17
    LinkLabel "Thick Line"
  ]
  edge [
    source 19
    target 30
    LinkLabel "Thick Line"
  ]
  edge [
    source 21
    target 25
    LinkLabel "Thin Line"
  ]
  edge [
    source 22
    target 30
    LinkLabel "Thick Line"
  ]
  edge [
    source 25
    target 26
    LinkLabel "Thick Line"
  ]
  edge [
    source 27
    target 28
    LinkLabel "Thick Line"
  ]
  edge [
    source 29
    target 30
    LinkLabel "Thick Line"
  ]
  edge [
    source 30
    target 31
    LinkLabel "Thin Line"
  ]
]
