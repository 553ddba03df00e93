window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700000000000000101"
          ],
          "editableUntil" : "2023-09-08T10:42:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "buildinpublic",
            "indices" : [
              "74",
              "88"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/AbCdEfGh12",
            "expanded_url" : "https://blog.example.com/launch",
            "display_url" : "blog.example.com/launch",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "70",
      "id_str" : "1700000000000000101",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700000000000000101",
      "created_at" : "Fri Sep 08 10:12:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Five things we learned shipping our first release &amp; what comes next 🚀 #buildinpublic https://t.co/AbCdEfGh12",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700000000000000102"
          ],
          "editableUntil" : "2023-09-08T10:42:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "21",
      "id_str" : "1700000000000000102",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700000000000000102",
      "created_at" : "Fri Sep 08 10:14:30 +0000 2023",
      "favorited" : false,
      "full_text" : "1/ The restore drill: we had never restored a full backup before launch week. Do it early.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700000000000000101",
      "in_reply_to_status_id" : "1700000000000000101",
      "in_reply_to_user_id" : "1000000000000000001",
      "in_reply_to_user_id_str" : "1000000000000000001",
      "in_reply_to_screen_name" : "example_user"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700000000000000206"
          ],
          "editableUntil" : "2023-09-08T10:42:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "reader_123",
            "screen_name" : "reader_123",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3000000000000000001",
            "id" : "3000000000000000001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "3",
      "id_str" : "1700000000000000206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700000000000000206",
      "created_at" : "Fri Sep 08 13:01:55 +0000 2023",
      "favorited" : false,
      "full_text" : "@reader_123 The backup restore drill, by far. We had never tried a full restore before launch week.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700000000000000201",
      "in_reply_to_status_id" : "1700000000000000201",
      "in_reply_to_user_id" : "3000000000000000001",
      "in_reply_to_user_id_str" : "3000000000000000001",
      "in_reply_to_screen_name" : "reader_123"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700000000000000103"
          ],
          "editableUntil" : "2023-09-08T10:42:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "dba_dana",
            "screen_name" : "dba_dana",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "3000000000000000005",
            "id" : "3000000000000000005"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/DaNaChk001",
            "expanded_url" : "https://dana.example.org/checklist",
            "display_url" : "dana.example.org/checklist",
            "indices" : [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "0",
      "id_str" : "1700000000000000103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700000000000000103",
      "created_at" : "Sat Sep 09 08:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @dba_dana: Migrations that do not wake anyone up: a checklist https://t.co/DaNaChk001",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700000000000000104"
          ],
          "editableUntil" : "2023-09-08T10:42:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/DoCs000001",
            "expanded_url" : "https://blog.example.com/docs-workflow",
            "display_url" : "blog.example.com/docs-work",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "18",
      "id_str" : "1700000000000000104",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700000000000000104",
      "created_at" : "Mon Sep 11 15:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Our docs workflow, start to finish. Which part should we write up next? https://t.co/DoCs000001",
      "lang" : "en"
    }
  }
]