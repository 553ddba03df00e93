Grailbird.data.tweets_2014_03 = 
 [ {
  "source" : "\u003Ca href=\"https:\/\/mobile.twitter.com\" rel=\"nofollow\"\u003ETwitter Web App\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Sam Other",
      "screen_name" : "other_dev",
      "indices" : [ 0, 10 ],
      "id_str" : "40000002",
      "id" : 40000002
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "release",
      "indices" : [ 30, 38 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "445000000000000003",
  "in_reply_to_status_id_str" : "444000000000000002",
  "in_reply_to_user_id" : 40000002,
  "in_reply_to_status_id" : 444000000000000002,
  "in_reply_to_screen_name" : "other_dev",
  "in_reply_to_user_id_str" : "40000002",
  "text" : "@other_dev not yet, next week #release",
  "id" : 445000000000000003,
  "created_at" : "2014-03-02 10:05:00 +0000",
  "user" : {
    "name" : "Juno Vale",
    "screen_name" : "juno_writes",
    "protected" : false,
    "id_str" : "20000001",
    "profile_image_url_https" : "https:\/\/si0.twimg.com\/profile_images\/100\/avatar_normal.png",
    "id" : 20000001,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"https:\/\/mobile.twitter.com\" rel=\"nofollow\"\u003ETwitter Web App\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 30, 51 ],
      "url" : "http:\/\/t.co\/ReadAbc02",
      "expanded_url" : "https:\/\/blog.example.com\/reading",
      "display_url" : "blog.example.com\/reading"
    } ]
  },
  "geo" : { },
  "id_str" : "445000000000000002",
  "text" : "Reading list for the weekend: http:\/\/t.co\/ReadAbc02 &lt;- all about \"release notes\"",
  "id" : 445000000000000002,
  "created_at" : "2014-03-02 10:00:00 +0000",
  "user" : {
    "name" : "Juno Vale",
    "screen_name" : "juno_writes",
    "protected" : false,
    "id_str" : "20000001",
    "profile_image_url_https" : "https:\/\/si0.twimg.com\/profile_images\/100\/avatar_normal.png",
    "id" : 20000001,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Docs Daily",
      "screen_name" : "docs_daily",
      "indices" : [ 3, 14 ],
      "id_str" : "40000004",
      "id" : 40000004
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "445000000000000001",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"https:\/\/mobile.twitter.com\" rel=\"nofollow\"\u003ETwitter Web App\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "444990000000000077",
    "text" : "Docs are a product. Treat them like one.",
    "id" : 444990000000000077,
    "created_at" : "2014-03-01 15:00:00 +0000",
    "user" : {
      "name" : "Docs Daily",
      "screen_name" : "docs_daily",
      "protected" : false,
      "id_str" : "40000004",
      "profile_image_url_https" : "https:\/\/si0.twimg.com\/profile_images\/100\/avatar_normal.png",
      "id" : 40000004,
      "verified" : false
    }
  },
  "text" : "RT @docs_daily: Docs are a product. Treat them like one.",
  "id" : 445000000000000001,
  "created_at" : "2014-03-01 16:00:00 +0000",
  "user" : {
    "name" : "Juno Vale",
    "screen_name" : "juno_writes",
    "protected" : false,
    "id_str" : "20000001",
    "profile_image_url_https" : "https:\/\/si0.twimg.com\/profile_images\/100\/avatar_normal.png",
    "id" : 20000001,
    "verified" : false
  }
} ]