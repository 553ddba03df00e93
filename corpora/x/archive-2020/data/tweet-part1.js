window.YTD.tweet.part1 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "58" ],
    "favorite_count" : "33",
    "id_str" : "1209488902109266001",
    "truncated" : false,
    "retweet_count" : "4",
    "id" : "1209488902109266001",
    "created_at" : "Tue Dec 24 15:00:00 +0000 2019",
    "favorited" : false,
    "full_text" : "Made twelve spoons this year. Eleven are usable. Progress.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "followback",
        "indices" : [ "32", "43" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "43" ],
    "favorite_count" : "0",
    "id_str" : "1207978952669266004",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1207978952669266004",
    "created_at" : "Fri Dec 20 11:00:00 +0000 2019",
    "favorited" : false,
    "full_text" : "Follow me for more spoons 🥄 F4F #followback",
    "lang" : "en"
  }
} ]