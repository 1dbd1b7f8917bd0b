graph [
  DateObtained "11/10/10"
  GeoLocation "China"
  GeoExtent "Country"
  Network "Cernet"
  Provenance "Primary"
  Note "We assume there are two links between Beijing and Xi'an"
  Source "http://www.edu.cn/20060111/3170194.shtml"
  Version "1.0"
  DateType "Historic"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Cernet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "11"
  LastAccess "9/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2006_11"
  DateYear "2006"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Gullin"
    Country "China"
    Longitude 110.28639
    Internal 1
    Latitude 25.28194
    type "small"
  ]
  node [
    id 1
    label "Kunming"
    Country "China"
    Longitude 102.71833
    Internal 1
    Latitude 25.03889
    type "small"
  ]
  node [
    id 2
    label "Chongqing"
    Country "China"
    Longitude 106.55278
    Internal 1
    Latitude 29.56278
    type "small"
  ]
  node [
    id 3
    label "Guiyang"
    Country "China"
    Longitude 106.71667
    Internal 1
    Latitude 26.58333
    type "small"
  ]
  node [
    id 4
    label "Haikou"
    Country "China"
    Longitude 110.34167
    Internal 1
    Latitude 20.04583
    type "small"
  ]
  node [
    id 5
    label "Xianggang"
    Country "China"
    Longitude 112.82111
    Internal 1
    Latitude 23.38861
    type "small"
  ]
  node [
    id 6
    label "Nanning"
    Country "China"
    Longitude 108.31667
    Internal 1
    Latitude 22.81667
    type "small"
  ]
  node [
    id 7
    label "Guangzhou"
    Country "China"
    Longitude 113.25
    Internal 1
    Latitude 23.11667
    type "large"
  ]
  node [
    id 8
    label "Shenzhen"
    Country "China"
    Longitude 114.0683
    Internal 1
    Latitude 22.54554
    type "small"
  ]
  node [
    id 9
    label "Xiemen"
    Country "China"
    Longitude 118.08187
    Internal 1
    Latitude 24.47979
    type "small"
  ]
  node [
    id 10
    label "Japan"
    Internal 0
  ]
  node [
    id 11
    label "Europe"
    Internal 0
  ]
  node [
    id 12
    label "Shijiazhuang"
    Country "China"
    Longitude 114.47861
    Internal 1
    Latitude 38.04139
    type "small"
  ]
  node [
    id 13
    label "Tianjing"
    Country "China"
    Longitude 117.17667
    Internal 1
    Latitude 39.14222
    type "small"
  ]
  node [
    id 14
    label "Dalian"
    Country "China"
    Longitude 121.60222
    Internal 1
    Latitude 38.91222
    type "small"
  ]
  node [
    id 15
    label "Shenyang"
    Country "China"
    Longitude 123.43278
    Internal 1
    Latitude 41.79222
    type "large"
  ]
  node [
    id 16
    label "Harbin"
    Country "China"
    Longitude 126.65
    Internal 1
    Latitude 45.75
    type "small"
  ]
  node [
    id 17
    label "Chanchun"
    Country "China"
    Longitude 125.32278
    Internal 1
    Latitude 43.88
    type "small"
  ]
  node [
    id 18
    label "N.A"
    Internal 0
  ]
  node [
    id 19
    label "Korea"
    Internal 0
  ]
  node [
    id 20
    label "Hefei"
    Country "China"
    Longitude 117.28083
    Internal 1
    Latitude 31.86389
    type "small"
  ]
  node [
    id 21
    label "Beijing"
    Country "China"
    Longitude 116.39723
    Internal 1
    Latitude 39.9075
    type "large"
  ]
  node [
    id 22
    label "Shijiazhuang"
    Country "China"
    Longitude 114.47861
    Internal 1
    Latitude 38.04139
    type "small"
  ]
  node [
    id 23
    label "Nanchang"
    Country "China"
    Longitude 115.88333
    Internal 1
    Latitude 28.68333
    type "small"
  ]
  node [
    id 24
    label "Wuhan"
    Country "China"
    Longitude 114.26667
    Internal 1
    Latitude 30.58333
    type "large"
  ]
  node [
    id 25
    label "Changsha"
    Country "China"
    Longitude 112.96667
    Internal 1
    Latitude 28.2
    type "small"
  ]
  node [
    id 26
    label "Fuzhou"
    Country "China"
    Longitude 119.30611
    Internal 1
    Latitude 26.06139
    type "small"
  ]
  node [
    id 27
    label "Qingdao"
    Country "China"
    Longitude 120.37194
    Internal 1
    Latitude 36.09861
    type "small"
  ]
  node [
    id 28
    label "Nanjing"
    Country "China"
    Longitude 118.77778
    Internal 1
    Latitude 32.06167
    type "large"
  ]
  node [
    id 29
    label "Shanghai"
    Country "China"
    Longitude 121.45806
    Internal 1
    Latitude 31.22222
    type "large"
  ]
  node [
    id 30
    label "Hangzhou"
    Country "China"
    Longitude 120.16889
    Internal 1
    Latitude 30.25528
    type "small"
  ]
  node [
    id 31
    label "Zhengzhou"
    Country "China"
    Longitude 113.64861
    Internal 1
    Latitude 34.75778
    type "small"
  ]
  node [
    id 32
    label "Chengdou"
    Country "China"
    Longitude 116.97865
    Internal 1
    Latitude 25.71056
    type "large"
  ]
  node [
    id 33
    label "Urumchi"
    Country "China"
    Longitude 87.58333
    Internal 1
    Latitude 43.8
    type "small"
  ]
  node [
    id 34
    label "Lasa"
    Country "China"
    Longitude 91.1
    Internal 1
    Latitude 29.65
    type "small"
  ]
  node [
    id 35
    label "Xining"
    Country "China"
    Longitude 101.76667
    Internal 1
    Latitude 36.61667
    type "small"
  ]
  node [
    id 36
    label "Lanzhou"
    Country "China"
    Longitude 103.79222
    Internal 1
    Latitude 36.05639
    type "small"
  ]
  node [
    id 37
    label "Xi'an"
    Country "China"
    Longitude 108.92861
    Internal 1
    Latitude 34.25833
    type "large"
  ]
  node [
    id 38
    label "Yinchuan"
    Country "China"
    Longitude 106.27306
    Internal 1
    Latitude 38.46806
    type "small"
  ]
  node [
    id 39
    label "Hohhot"
    Country "China"
    Longitude 111.65222
    Internal 1
    Latitude 40.81056
    type "small"
  ]
  node [
    id 40
    label "Taiyuan"
    Country "China"
    Longitude 112.56028
    Internal 1
    Latitude 37.86944
    type "small"
  ]
  edge [
    source 0
    target 6
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 0
    target 7
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 32
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 1
    target 3
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 2
    target 24
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 2
    target 32
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 3
    target 32
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 4
    target 8
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 4
    target 7
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 5
    target 21
    LinkLabel "External"
  ]
  edge [
    source 6
    target 7
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 7
    target 8
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 7
    target 9
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 7
    target 24
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 7
    target 25
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 7
    target 29
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 9
    target 26
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 10
    target 21
    LinkLabel "External"
  ]
  edge [
    source 11
    target 21
    LinkLabel "External"
  ]
  edge [
    source 12
    target 27
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 12
    target 28
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 12
    target 13
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 13
    target 21
    id "e50"
  ]
  edge [
    source 14
    target 15
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 15
    target 16
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 15
    target 17
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 15
    target 21
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 15
    target 29
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 18
    target 21
    LinkLabel "External"
  ]
  edge [
    source 19
    target 21
    LinkLabel "External"
  ]
  edge [
    source 20
    target 24
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 20
    target 28
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 21
    target 34
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 21
    target 39
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 21
    target 40
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 21
    target 22
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 21
    target 23
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 21
    target 24
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 21
    target 28
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 21
    target 37
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 21
    target 37
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 21
    target 31
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 23
    target 29
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 24
    target 32
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 24
    target 25
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 24
    target 28
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 24
    target 31
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 26
    target 29
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 27
    target 28
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 28
    target 29
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 29
    target 30
    LinkSpeed "2.5"
    LinkLabel "2.5G"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 32
    target 37
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 33
    target 37
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 33
    target 38
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 35
    target 36
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 35
    target 37
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 36
    target 37
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 37
    target 38
    LinkSpeed "155"
    LinkLabel "155M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 39
    target 40
    LinkSpeed "2"
    LinkLabel "2M"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
]
