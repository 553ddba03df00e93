window.YTD.tweet.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/JigPlan011",
        "expanded_url" : "https://oskar.example.org/jig",
        "display_url" : "oskar.example.org/jig",
        "indices" : [ "12", "35" ]
      } ]
    },
    "display_text_range" : [ "0", "35" ],
    "favorite_count" : "3",
    "in_reply_to_status_id_str" : "1267742751504465986",
    "id_str" : "1267743548422225989",
    "in_reply_to_user_id" : "1170000000000000009",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1267743548422225989",
    "in_reply_to_status_id" : "1267742751504465986",
    "possibly_sensitive" : false,
    "created_at" : "Tue Jun 02 09:03:10 +0000 2020",
    "favorited" : false,
    "full_text" : "2/ The jig: https://t.co/JigPlan011",
    "lang" : "en",
    "in_reply_to_screen_name" : "oskar_makes",
    "in_reply_to_user_id_str" : "1170000000000000009"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "woodworking",
        "indices" : [ "79", "91" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "91" ],
    "favorite_count" : "14",
    "id_str" : "1267742751504465986",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1267742751504465986",
    "created_at" : "Tue Jun 02 09:00:00 +0000 2020",
    "favorited" : false,
    "full_text" : "Shop notes: sharpening a plane iron takes five minutes once the jig is set up. #woodworking",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Wood Weekly",
        "screen_name" : "wood_weekly",
        "indices" : [ "3", "15" ],
        "id_str" : "1100000001",
        "id" : "1100000001"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "61" ],
    "favorite_count" : "0",
    "id_str" : "1266796516522065992",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1266796516522065992",
    "created_at" : "Sat May 30 18:20:00 +0000 2020",
    "favorited" : false,
    "full_text" : "RT @wood_weekly: Glue-ups go wrong when you rush the dry fit.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/QtWood012",
        "expanded_url" : "https://mobile.twitter.com/wood_weekly/status/1266000000000000001",
        "display_url" : "twitter.com/wood_weekly/s…",
        "indices" : [ "36", "58" ]
      } ]
    },
    "display_text_range" : [ "0", "58" ],
    "favorite_count" : "5",
    "id_str" : "1266338498525265995",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1266338498525265995",
    "possibly_sensitive" : false,
    "created_at" : "Fri May 29 12:00:00 +0000 2020",
    "favorited" : false,
    "full_text" : "Exactly why I switched to hide glue https://t.co/QtWood012",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Wood Weekly",
        "screen_name" : "wood_weekly",
        "indices" : [ "0", "12" ],
        "id_str" : "1100000001",
        "id" : "1100000001"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "44" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1265000000000000002",
    "id_str" : "1265911937808465998",
    "in_reply_to_user_id" : "1100000001",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1265911937808465998",
    "in_reply_to_status_id" : "1265000000000000002",
    "created_at" : "Thu May 28 07:45:00 +0000 2020",
    "favorited" : false,
    "full_text" : "@wood_weekly the 1/4 inch chisel, every time",
    "lang" : "en",
    "in_reply_to_screen_name" : "wood_weekly",
    "in_reply_to_user_id_str" : "1100000001"
  }
} ]