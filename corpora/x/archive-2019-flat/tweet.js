window.YTD.tweet.part0 = [ {
  "retweeted" : false,
  "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "51" ],
  "favorite_count" : "2",
  "in_reply_to_status_id_str" : "1104645562742866007",
  "id_str" : "1104645814401106010",
  "in_reply_to_user_id" : "1010000000000000004",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "1104645814401106010",
  "in_reply_to_status_id" : "1104645562742866007",
  "created_at" : "Sun Mar 10 07:31:00 +0000 2019",
  "favorited" : false,
  "full_text" : "(2) Gels every 40 minutes, water at every fountain.",
  "lang" : "en",
  "in_reply_to_screen_name" : "maria_runs",
  "in_reply_to_user_id_str" : "1010000000000000004"
}, {
  "retweeted" : false,
  "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "79" ],
  "favorite_count" : "8",
  "id_str" : "1104645562742866007",
  "truncated" : false,
  "retweet_count" : "1",
  "id" : "1104645562742866007",
  "created_at" : "Sun Mar 10 07:30:00 +0000 2019",
  "favorited" : false,
  "full_text" : "Long run done: 21 km at an easy pace. The trick was eating before I was hungry.",
  "lang" : "en"
}, {
  "retweeted" : false,
  "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ {
      "name" : "Ana",
      "screen_name" : "coach_ana",
      "indices" : [ "0", "10" ],
      "id_str" : "900000001",
      "id" : "900000001"
    } ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "31" ],
  "favorite_count" : "1",
  "in_reply_to_status_id_str" : "1104000000000000001",
  "id_str" : "1104441719568466013",
  "in_reply_to_user_id" : "900000001",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "1104441719568466013",
  "in_reply_to_status_id" : "1104000000000000001",
  "created_at" : "Sat Mar 09 18:00:00 +0000 2019",
  "favorited" : false,
  "full_text" : "@coach_ana thanks for the plan!",
  "lang" : "en",
  "in_reply_to_screen_name" : "coach_ana",
  "in_reply_to_user_id_str" : "900000001"
}, {
  "retweeted" : false,
  "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ {
      "name" : "Run Club",
      "screen_name" : "run_club",
      "indices" : [ "3", "12" ],
      "id_str" : "900000002",
      "id" : "900000002"
    } ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "46" ],
  "favorite_count" : "0",
  "id_str" : "1103898137770066016",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "1103898137770066016",
  "created_at" : "Fri Mar 08 06:00:00 +0000 2019",
  "favorited" : false,
  "full_text" : "RT @run_club: Saturday: hills. Bring a friend.",
  "lang" : "en"
} ]