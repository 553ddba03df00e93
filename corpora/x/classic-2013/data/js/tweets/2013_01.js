Grailbird.data.tweets_2013_01 = 
 [ {
  "source" : "\u003Ca href=\"https:\/\/mobile.twitter.com\" rel=\"nofollow\"\u003ETwitter Web App\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 29, 49 ],
      "url" : "http:\/\/t.co\/GuideAb2",
      "expanded_url" : "http:\/\/bit.ly\/guide-draft",
      "display_url" : "bit.ly\/guide-draft"
    } ]
  },
  "geo" : { },
  "id_str" : "300000000000000002",
  "text" : "Draft one of the guide is up http:\/\/t.co\/GuideAb2",
  "id" : 300000000000000002,
  "created_at" : "Mon Jan 28 19:22:10 +0000 2013",
  "user" : {
    "name" : "In\u00E9s Ramos",
    "screen_name" : "ines_notes",
    "protected" : false,
    "id_str" : "917000001",
    "profile_image_url_https" : "https:\/\/si0.twimg.com\/profile_images\/100\/avatar_normal.png",
    "id" : 917000001,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "News Bot",
      "screen_name" : "news_bot",
      "indices" : [ 3, 12 ],
      "id_str" : "20000009",
      "id" : 20000009
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "300000000000000003",
  "retweeted_status" : {
    "id_str" : "299000000000000001",
    "id" : 299000000000000001,
    "text" : "Cafe reopens on Monday",
    "created_at" : "Mon Jan 28 07:00:00 +0000 2013",
    "user" : {
      "name" : "News Bot",
      "screen_name" : "news_bot",
      "protected" : false,
      "id_str" : "20000009",
      "profile_image_url_https" : "https:\/\/si0.twimg.com\/profile_images\/100\/avatar_normal.png",
      "id" : 20000009,
      "verified" : false
    }
  },
  "text" : "RT @news_bot: Cafe reopens on Monday",
  "id" : 300000000000000003,
  "created_at" : "Tue Jan 29 08:00:00 +0000 2013",
  "user" : {
    "name" : "In\u00E9s Ramos",
    "screen_name" : "ines_notes",
    "protected" : false,
    "id_str" : "917000001",
    "profile_image_url_https" : "https:\/\/si0.twimg.com\/profile_images\/100\/avatar_normal.png",
    "id" : 917000001,
    "verified" : false
  }
} ]