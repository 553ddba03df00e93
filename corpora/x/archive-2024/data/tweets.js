window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1857132620068945926"
          ],
          "editableUntil" : "2024-11-14T19:14:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/LnSlides01",
            "expanded_url" : "https://blog.example.com/talks/first-release",
            "display_url" : "blog.example.com/talks/first…",
            "indices" : [
              "38",
              "61"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1857132620068945923",
      "id_str" : "1857132620068945926",
      "in_reply_to_user_id" : "1480000000000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1857132620068945926",
      "in_reply_to_status_id" : "1857132620068945923",
      "possibly_sensitive" : false,
      "created_at" : "Thu Nov 14 18:44:55 +0000 2024",
      "favorited" : false,
      "full_text" : "P.S. the slides from the talk are up: https://t.co/LnSlides01",
      "lang" : "en",
      "in_reply_to_screen_name" : "lenafjord",
      "in_reply_to_user_id_str" : "1480000000000000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1857132620068945923"
          ],
          "editableUntil" : "2024-11-14T19:14:55.000Z",
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
            "url" : "https://t.co/LnMore0001",
            "expanded_url" : "https://twitter.com/i/web/status/1857132620068945923",
            "display_url" : "twitter.com/i/web/status/1…",
            "indices" : [
              "276",
              "299"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "299"
      ],
      "favorite_count" : "87",
      "id_str" : "1857132620068945923",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1857132620068945923",
      "possibly_sensitive" : false,
      "created_at" : "Thu Nov 14 18:44:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Five things we learned shipping our first release to 40 teams:\n\n1. Ship small &amp; often. Weekly releases beat a big bang every time.\n2. Write the changelog first, then the code.\n3. Every error message is a next step.\n4. Measure time to first success, not sign-ups.\n5. Ask … https://t.co/LnMore0001",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1856246095198289929"
          ],
          "editableUntil" : "2024-11-12T08:32:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/lenafjord/status/1856246095198289929/photo/1",
            "id_str" : "1856000000000000301",
            "id" : "1856000000000000301",
            "media_url" : "http://pbs.twimg.com/media/GcAbCdEfGhIjKl01.jpg",
            "media_url_https" : "https://pbs.twimg.com/media/GcAbCdEfGhIjKl01.jpg",
            "sizes" : {
              "large" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/GcAbCdEfGh",
            "url" : "https://t.co/LnPhoto003",
            "indices" : [
              "56",
              "79"
            ]
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "31",
      "id_str" : "1856246095198289929",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1856246095198289929",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 12 08:02:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Release day. Changelog in the picture, questions below. https://t.co/LnPhoto003",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/lenafjord/status/1856246095198289929/photo/1",
            "id_str" : "1856000000000000301",
            "id" : "1856000000000000301",
            "media_url" : "http://pbs.twimg.com/media/GcAbCdEfGhIjKl01.jpg",
            "media_url_https" : "https://pbs.twimg.com/media/GcAbCdEfGhIjKl01.jpg",
            "sizes" : {
              "large" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/GcAbCdEfGh",
            "url" : "https://t.co/LnPhoto003",
            "indices" : [
              "56",
              "79"
            ]
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855554018261073932"
          ],
          "editableUntil" : "2024-11-10T10:42:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "12",
      "id_str" : "1855554018261073932",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1855554018261073932",
      "possibly_sensitive" : false,
      "created_at" : "Sun Nov 10 10:12:07 +0000 2024",
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
            "1855554659989585935"
          ],
          "editableUntil" : "2024-11-10T10:44:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/ChkList042",
            "expanded_url" : "https://blog.example.com/release-checklist",
            "display_url" : "blog.example.com/release-check…",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1855554018261073932",
      "id_str" : "1855554659989585935",
      "in_reply_to_user_id" : "1480000000000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1855554659989585935",
      "in_reply_to_status_id" : "1855554018261073932",
      "possibly_sensitive" : false,
      "created_at" : "Sun Nov 10 10:14:40 +0000 2024",
      "favorited" : false,
      "full_text" : "2/ The checklist we use for every release, with the boring parts left in: https://t.co/ChkList042",
      "lang" : "en",
      "in_reply_to_screen_name" : "lenafjord",
      "in_reply_to_user_id_str" : "1480000000000000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855284211267665938"
          ],
          "editableUntil" : "2024-11-09T16:50:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya K",
            "screen_name" : "priya_builds",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2900000011",
            "id" : "2900000011"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1855000000000000777",
      "id_str" : "1855284211267665938",
      "in_reply_to_user_id" : "2900000011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1855284211267665938",
      "in_reply_to_status_id" : "1855000000000000777",
      "created_at" : "Sat Nov 09 16:20:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@priya_builds Good question! We keep a staging flag per team, so rollbacks are one click 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_builds",
      "in_reply_to_user_id_str" : "2900000011"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854782283102289941"
          ],
          "editableUntil" : "2024-11-08T07:35:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "36"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1854000000000000555",
      "id_str" : "1854782283102289941",
      "in_reply_to_user_id" : "1400000000000000999",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1854782283102289941",
      "in_reply_to_status_id" : "1854000000000000555",
      "created_at" : "Fri Nov 08 07:05:31 +0000 2024",
      "favorited" : false,
      "full_text" : "@gone_account thanks, fixed in 1.4.2",
      "lang" : "en",
      "in_reply_to_user_id_str" : "1400000000000000999"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854494004394065944"
          ],
          "editableUntil" : "2024-11-07T12:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marc Aubert",
            "screen_name" : "marc_ops",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2900000022",
            "id" : "2900000022"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "1854494004394065944",
      "in_reply_to_user_id" : "2900000022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1854494004394065944",
      "created_at" : "Thu Nov 07 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@marc_ops your talk on runbooks was the best of the day",
      "lang" : "en",
      "in_reply_to_screen_name" : "marc_ops",
      "in_reply_to_user_id_str" : "2900000022"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854275225303121947"
          ],
          "editableUntil" : "2024-11-06T22:00:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://tapbots.com/tweetbot\" rel=\"nofollow\">Tweetbot for iΟS</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam Other",
            "screen_name" : "other_dev",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "1320000000000000042",
            "id" : "1320000000000000042"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "1854275225303121947",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1854275225303121947",
      "created_at" : "Wed Nov 06 21:30:39 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @other_dev: Ten years of on-call taught me one thing: alerts nobody acts on are worse than no alerts at all. Delete half of yours and …",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853734248167505950"
          ],
          "editableUntil" : "2024-11-05T10:11:00.000Z",
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
            "url" : "https://t.co/QtLink0005",
            "expanded_url" : "https://twitter.com/other_dev/status/1853000000000000101",
            "display_url" : "twitter.com/other_dev/stat…",
            "indices" : [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "9",
      "id_str" : "1853734248167505950",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1853734248167505950",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 05 09:41:00 +0000 2024",
      "favorited" : false,
      "full_text" : "This is the clearest explanation of feature flags I have read. https://t.co/QtLink0005",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853437580851281953"
          ],
          "editableUntil" : "2024-11-04T14:32:09.000Z",
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
            "url" : "https://t.co/QtLink0006",
            "expanded_url" : "https://x.com/priya_builds/status/1852000000000000202?s=46&t=AbCd",
            "display_url" : "x.com/priya_builds/s…",
            "indices" : [
              "29",
              "52"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "3",
      "id_str" : "1853437580851281953",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1853437580851281953",
      "possibly_sensitive" : false,
      "created_at" : "Mon Nov 04 14:02:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Agree with all of this &lt;3 https://t.co/QtLink0006",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853032167815249956"
          ],
          "editableUntil" : "2024-11-03T11:41:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/lenafjord/status/1853032167815249956/photo/1",
            "id_str" : "1852700000000000011",
            "id" : "1852700000000000011",
            "media_url" : "http://pbs.twimg.com/media/GbPhOtO0AaBb.jpg",
            "media_url_https" : "https://pbs.twimg.com/media/GbPhOtO0AaBb.jpg",
            "sizes" : {
              "large" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/GbPhOtO0Aa",
            "url" : "https://t.co/MdAll0007",
            "indices" : [
              "41",
              "63"
            ]
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "15",
      "id_str" : "1853032167815249956",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1853032167815249956",
      "possibly_sensitive" : false,
      "created_at" : "Sun Nov 03 11:11:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Before and after the new onboarding flow https://t.co/MdAll0007",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/lenafjord/status/1853032167815249956/photo/1",
            "id_str" : "1852700000000000011",
            "id" : "1852700000000000011",
            "media_url" : "http://pbs.twimg.com/media/GbPhOtO0AaBb.jpg",
            "media_url_https" : "https://pbs.twimg.com/media/GbPhOtO0AaBb.jpg",
            "sizes" : {
              "large" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/GbPhOtO0Aa",
            "url" : "https://t.co/MdAll0007",
            "indices" : [
              "41",
              "63"
            ]
          },
          {
            "expanded_url" : "https://twitter.com/lenafjord/status/1853032167815249956/video/1",
            "id_str" : "1852700000000000012",
            "id" : "1852700000000000012",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1852700000000000012/pu/img/VdVi0DeO.jpg",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1852700000000000012/pu/img/VdVi0DeO.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "720",
                "h" : "720",
                "resize" : "fit"
              }
            },
            "type" : "video",
            "display_url" : "pic.twitter.com/VdVi0DeO",
            "video_info" : {
              "aspect_ratio" : [
                "1",
                "1"
              ],
              "duration_millis" : "31732",
              "variants" : [
                {
                  "bitrate" : "832000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1852700000000000012/pu/vid/720x720/a.mp4"
                },
                {
                  "content_type" : "application/x-mpegURL",
                  "url" : "https://video.twimg.com/ext_tw_video/1852700000000000012/pu/pl/b.m3u8"
                }
              ]
            },
            "additional_media_info" : {
              "monetizable" : false
            },
            "url" : "https://t.co/MdAll0007",
            "indices" : [
              "41",
              "63"
            ]
          },
          {
            "expanded_url" : "https://twitter.com/lenafjord/status/1853032167815249956/photo/1",
            "id_str" : "1852700000000000013",
            "id" : "1852700000000000013",
            "media_url" : "http://pbs.twimg.com/tweet_video_thumb/1852700000000000013/pu/img/GfGi0F00.jpg",
            "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/1852700000000000013/pu/img/GfGi0F00.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "720",
                "h" : "720",
                "resize" : "fit"
              }
            },
            "type" : "animated_gif",
            "display_url" : "pic.twitter.com/GfGi0F00",
            "video_info" : {
              "aspect_ratio" : [
                "1",
                "1"
              ],
              "variants" : [
                {
                  "bitrate" : "0",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/tweet_video/GfGi0F00.mp4"
                }
              ]
            },
            "url" : "https://t.co/MdAll0007",
            "indices" : [
              "41",
              "63"
            ]
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1852621667088465959",
          "editControlInitial" : {
            "editTweetIds" : [
              "1852621667088465959",
              "1852623428696145962"
            ],
            "editableUntil" : "2024-11-02T08:30:00.000Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
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
        "67"
      ],
      "favorite_count" : "23",
      "id_str" : "1852623428696145962",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1852623428696145962",
      "created_at" : "Sat Nov 02 08:07:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Docs tip: put the error message in the heading, so search finds it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852621667088465959",
            "1852623428696145962"
          ],
          "editableUntil" : "2024-11-02T08:30:00.000Z",
          "editsRemaining" : "4",
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
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "1852621667088465959",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1852621667088465959",
      "created_at" : "Sat Nov 02 08:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Docs tip: put the error mesage in the heading, so search finds it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852425373661265965"
          ],
          "editableUntil" : "2024-11-01T19:30:00.000Z",
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
            "url" : "https://t.co/OnlyLink08",
            "expanded_url" : "https://blog.example.com/weeknotes-44",
            "display_url" : "blog.example.com/weeknotes-44",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "1",
      "id_str" : "1852425373661265965",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1852425373661265965",
      "possibly_sensitive" : false,
      "created_at" : "Fri Nov 01 19:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "https://t.co/OnlyLink08",
      "lang" : "zxx"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851981700184145968"
          ],
          "editableUntil" : "2024-10-31T14:07:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam Other",
            "screen_name" : "other_dev",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1320000000000000042",
            "id" : "1320000000000000042"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/RqLink0009",
            "expanded_url" : "https://twitter.com/lenafjord/status/1849000000000000303",
            "display_url" : "twitter.com/lenafjord/stat…",
            "indices" : [
              "33",
              "56"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1851000000000000404",
      "id_str" : "1851981700184145968",
      "in_reply_to_user_id" : "1320000000000000042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1851981700184145968",
      "in_reply_to_status_id" : "1851000000000000404",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 31 13:37:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@other_dev same lesson here, see https://t.co/RqLink0009",
      "lang" : "en",
      "in_reply_to_screen_name" : "other_dev",
      "in_reply_to_user_id_str" : "1320000000000000042"
    }
  }
]