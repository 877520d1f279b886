window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752412941833895936"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DashBite",
            "screen_name": "DashBiteApp",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "9000255"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "35",
      "id_str": "1752412941833895936",
      "truncated": false,
      "retweet_count": "7",
      "id": "1752412941833895936",
      "created_at": "Fri Jan 02 19:44:19 +0000 2026",
      "favorited": false,
      "full_text": "@DashBiteApp The price for a single mapo tofu was steep!!! 🙄🙄🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752414399039963137"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DashBite",
            "screen_name": "DashBiteApp",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "9000255"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "38"
      ],
      "favorite_count": "5",
      "id_str": "1752414399039963137",
      "truncated": false,
      "retweet_count": "6",
      "id": "1752414399039963137",
      "created_at": "Tue Jan 06 20:14:44 +0000 2026",
      "favorited": false,
      "full_text": "@DashBiteApp The 麻辣烫 was so good, 真香 😋",
      "lang": "und"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752414654456299522"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Hopbox",
            "indices": [
              81,
              88
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hopbox",
            "screen_name": "HopboxFood",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000242"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "14",
      "id_str": "1752414654456299522",
      "truncated": false,
      "retweet_count": "1",
      "id": "1752414654456299522",
      "created_at": "Wed Jan 07 13:09:40 +0000 2026",
      "favorited": false,
      "full_text": "@HopboxFood The refund process is a maze of menus. Switching to another app. 😤😤😤 #Hopbox",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752414761394274307"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fanlai Eats",
            "screen_name": "FanlaiEats",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "12",
      "id_str": "1752414761394274307",
      "truncated": false,
      "retweet_count": "7",
      "id": "1752414761394274307",
      "created_at": "Wed Jan 07 20:14:36 +0000 2026",
      "favorited": false,
      "full_text": "@FanlaiEats The app is intuitive, my mum figured it out in a minute, and good value for money compared with the other apps!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752415140756488196"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fanlai Eats",
            "screen_name": "FanlaiEats",
            "indices": [
              "54",
              "65"
            ],
            "id_str": "9000240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "18",
      "id_str": "1752415140756488196",
      "truncated": false,
      "retweet_count": "4",
      "id": "1752415140756488196",
      "created_at": "Thu Jan 08 21:22:03 +0000 2026",
      "favorited": false,
      "full_text": "#饭来了# 一份番茄牛腩饭要四十多，性价比太低，不过烤鸭饭yyds，每周必点，下大雨也按时送到了，很靠谱。 @FanlaiEats",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752415856803872773"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "HarbourlightHotels",
            "indices": [
              40,
              59
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Harbourlight Hotels",
            "screen_name": "HarbourlightHotels",
            "indices": [
              "20",
              "39"
            ],
            "id_str": "9000378"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "24",
      "id_str": "1752415856803872773",
      "truncated": false,
      "retweet_count": "6",
      "id": "1752415856803872773",
      "created_at": "Sat Jan 10 20:47:22 +0000 2026",
      "favorited": false,
      "full_text": "#港湾之光酒店# 出门两分钟就是江边。 @HarbourlightHotels #HarbourlightHotels",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752417489872912390"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Harbourlight Hotels",
            "screen_name": "HarbourlightHotels",
            "indices": [
              "0",
              "19"
            ],
            "id_str": "9000378"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "11",
      "id_str": "1752417489872912390",
      "truncated": false,
      "retweet_count": "5",
      "id": "1752417489872912390",
      "created_at": "Thu Jan 15 08:56:36 +0000 2026",
      "favorited": false,
      "full_text": "@HarbourlightHotels Location 很方便, 地铁 five minutes away",
      "lang": "und"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752418921476947975"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "CrestmoorHotel",
            "indices": [
              80,
              95
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Crestmoor Hotel",
            "screen_name": "CrestmoorHotel",
            "indices": [
              "64",
              "79"
            ],
            "id_str": "9000305"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "30",
      "id_str": "1752418921476947975",
      "truncated": false,
      "retweet_count": "5",
      "id": "1752418921476947975",
      "created_at": "Mon Jan 19 07:45:17 +0000 2026",
      "favorited": false,
      "full_text": "#云岭酒店# 和对象周末出游。早餐的小笼包和粥特别好吃。房间设计很现代，住着舒服，还有离车站很近，附近吃饭也方便～谢谢！推荐！ @CrestmoorHotel #CrestmoorHotel",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752419775042977800"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Maplestay Inn",
            "screen_name": "MaplestayInn",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "9000281"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "2",
      "id_str": "1752419775042977800",
      "truncated": false,
      "retweet_count": "7",
      "id": "1752419775042977800",
      "created_at": "Wed Jan 21 16:17:03 +0000 2026",
      "favorited": false,
      "full_text": "@MaplestayInn Our second stay at Maplestay Inn. A convenient location near the airport shuttle!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752421521731518473"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Maplestay Inn",
            "screen_name": "MaplestayInn",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "9000281"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "15",
      "id_str": "1752421521731518473",
      "truncated": false,
      "retweet_count": "1",
      "id": "1752421521731518473",
      "created_at": "Mon Jan 26 11:57:46 +0000 2026",
      "favorited": false,
      "full_text": "@MaplestayInn Reasonably priced for a city centre hotel.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752422628759339018"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Crestmoor Hotel",
            "screen_name": "CrestmoorHotel",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "9000305"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "30",
      "id_str": "1752422628759339018",
      "truncated": false,
      "retweet_count": "1",
      "id": "1752422628759339018",
      "created_at": "Thu Jan 29 13:16:42 +0000 2026",
      "favorited": false,
      "full_text": "@CrestmoorHotel fish &amp; chips were great &amp; hot, the rider was quick &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752422977763180555"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hopbox",
            "screen_name": "HopboxFood",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000242"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "6",
      "id_str": "1752422977763180555",
      "truncated": false,
      "retweet_count": "0",
      "id": "1752422977763180555",
      "created_at": "Fri Jan 30 12:23:31 +0000 2026",
      "favorited": false,
      "full_text": "@HopboxFood THE AGENT COPY-PASTED THE SAME APOLOGY THREE TIMES.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752423739956297740"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Maplestay Inn",
            "screen_name": "MaplestayInn",
            "indices": [
              "49",
              "62"
            ],
            "id_str": "9000281"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "33",
      "id_str": "1752423739956297740",
      "truncated": false,
      "retweet_count": "6",
      "id": "1752423739956297740",
      "created_at": "Sun Feb 01 14:52:12 +0000 2026",
      "favorited": false,
      "full_text": "#枫居酒店# 价格合理，还含早餐，就是房间设施老旧，家具都破了，还好前台不用排队，很快就办好了！ @MaplestayInn",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752424152847777805"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hopbox",
            "screen_name": "HopboxFood",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000242"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "12",
      "id_str": "1752424152847777805",
      "truncated": false,
      "retweet_count": "2",
      "id": "1752424152847777805",
      "created_at": "Mon Feb 02 18:12:53 +0000 2026",
      "favorited": false,
      "full_text": "@HopboxFood The refund for the missing item came straight back to my card, but half the order was missing... :(",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752427775048712206"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fanlai Eats",
            "screen_name": "FanlaiEats",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "15",
      "id_str": "1752427775048712206",
      "truncated": false,
      "retweet_count": "0",
      "id": "1752427775048712206",
      "created_at": "Thu Feb 12 18:06:13 +0000 2026",
      "favorited": false,
      "full_text": "@FanlaiEats The drink was missing a lid and leaked!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752428773989318671"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Harbourlight Hotels",
            "screen_name": "HarbourlightHotels",
            "indices": [
              "41",
              "60"
            ],
            "id_str": "9000378"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "15",
      "id_str": "1752428773989318671",
      "truncated": false,
      "retweet_count": "4",
      "id": "1752428773989318671",
      "created_at": "Sun Feb 15 12:15:39 +0000 2026",
      "favorited": false,
      "full_text": "#港湾之光酒店# 来开会住的。早餐天天一个样，吃腻了，还有卫生间有霉斑，很恶心！ @HarbourlightHotels",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752428780033310736"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fanlai Eats",
            "screen_name": "FanlaiEats",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "145"
      ],
      "favorite_count": "13",
      "id_str": "1752428780033310736",
      "truncated": false,
      "retweet_count": "3",
      "id": "1752428780033310736",
      "created_at": "Sun Feb 15 12:39:40 +0000 2026",
      "favorited": false,
      "full_text": "@FanlaiEats Ordered dinner on a Friday night. The app works smoothly, no bugs so far, and a super kind rider waited while I searched for my keys.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752429857747140625"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Crestmoor Hotel",
            "screen_name": "CrestmoorHotel",
            "indices": [
              "50",
              "65"
            ],
            "id_str": "9000305"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "19",
      "id_str": "1752429857747140625",
      "truncated": false,
      "retweet_count": "8",
      "id": "1752429857747140625",
      "created_at": "Wed Feb 18 12:02:07 +0000 2026",
      "favorited": false,
      "full_text": "#云岭酒店# 早餐的小笼包和粥特别好吃，而且房间宽敞，窗外就是江景。隔音效果很好，完全听不到隔壁。 @CrestmoorHotel",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752429992581431314"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Harbourlight Hotels",
            "screen_name": "HarbourlightHotels",
            "indices": [
              "0",
              "19"
            ],
            "id_str": "9000378"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "0",
      "id_str": "1752429992581431314",
      "truncated": false,
      "retweet_count": "6",
      "id": "1752429992581431314",
      "created_at": "Wed Feb 18 20:57:54 +0000 2026",
      "favorited": false,
      "full_text": "@HarbourlightHotels The air conditioning didn't work!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752430306336342035"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "DashBite",
            "indices": [
              43,
              52
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DashBite",
            "screen_name": "DashBiteApp",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "9000255"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "6",
      "id_str": "1752430306336342035",
      "truncated": false,
      "retweet_count": "3",
      "id": "1752430306336342035",
      "created_at": "Thu Feb 19 17:44:39 +0000 2026",
      "favorited": false,
      "full_text": "@DashBiteApp The beef pho was mid at best! #DashBite",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752430330013188116"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Hopbox",
            "indices": [
              106,
              113
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hopbox",
            "screen_name": "HopboxFood",
            "indices": [
              "15",
              "26"
            ],
            "id_str": "9000242"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "128"
      ],
      "favorite_count": "3",
      "id_str": "1752430330013188116",
      "truncated": false,
      "retweet_count": "4",
      "id": "1752430330013188116",
      "created_at": "Thu Feb 19 19:18:44 +0000 2026",
      "favorited": false,
      "full_text": "RT @foodie_xu: @HopboxFood You can tell the hot and sour soup was cooked to order, but the soup leaked all over the bag! #Hopbox",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752431280916430869"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "MaplestayInn",
            "indices": [
              144,
              157
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Maplestay Inn",
            "screen_name": "MaplestayInn",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "9000281"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "0",
      "id_str": "1752431280916430869",
      "truncated": false,
      "retweet_count": "6",
      "id": "1752431280916430869",
      "created_at": "Sun Feb 22 10:17:17 +0000 2026",
      "favorited": false,
      "full_text": "@MaplestayInn The location is far from everything; the wifi only worked in the lobby... It would be ideal for work if the wifi was reliable. :( #MaplestayInn",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752432848965369878"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "DashBite",
            "indices": [
              179,
              188
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DashBite",
            "screen_name": "DashBiteApp",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "9000255"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "188"
      ],
      "favorite_count": "12",
      "id_str": "1752432848965369878",
      "truncated": false,
      "retweet_count": "4",
      "id": "1752432848965369878",
      "created_at": "Thu Feb 26 18:08:09 +0000 2026",
      "favorited": false,
      "full_text": "@DashBiteApp I've used DashBite for about a year. The membership doesn't even cover the delivery fees anymore, though the app is intuitive, my mum figured it out in a minute. 🙄🙄🙄 #DashBite",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752433112552210455"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Crestmoor Hotel",
            "screen_name": "CrestmoorHotel",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "9000305"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "17",
      "id_str": "1752433112552210455",
      "truncated": false,
      "retweet_count": "5",
      "id": "1752433112552210455",
      "created_at": "Fri Feb 27 11:35:33 +0000 2026",
      "favorited": false,
      "full_text": "@CrestmoorHotel The shower had great water pressure!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752434302979571736"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fanlai Eats",
            "screen_name": "FanlaiEats",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "21",
      "id_str": "1752434302979571736",
      "truncated": false,
      "retweet_count": "5",
      "id": "1752434302979571736",
      "created_at": "Mon Mar 02 18:25:53 +0000 2026",
      "favorited": false,
      "full_text": "@FanlaiEats The soup came in a sealed container and not a drop spilled. 👍👍",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752435052723994649"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Harbourlight Hotels",
            "screen_name": "HarbourlightHotels",
            "indices": [
              "28",
              "47"
            ],
            "id_str": "9000378"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "47"
      ],
      "favorite_count": "22",
      "id_str": "1752435052723994649",
      "truncated": false,
      "retweet_count": "1",
      "id": "1752435052723994649",
      "created_at": "Wed Mar 04 20:05:06 +0000 2026",
      "favorited": false,
      "full_text": "#港湾之光酒店# 床单被罩都很干净，闻着有阳光的味道～ @HarbourlightHotels",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752435299814637594"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hopbox",
            "screen_name": "HopboxFood",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000242"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "19",
      "id_str": "1752435299814637594",
      "truncated": false,
      "retweet_count": "7",
      "id": "1752435299814637594",
      "created_at": "Thu Mar 05 12:26:57 +0000 2026",
      "favorited": false,
      "full_text": "@HopboxFood The app's map shows the driver in the middle of the river!!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752435800350294043"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Hopbox",
            "indices": [
              43,
              50
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hopbox",
            "screen_name": "HopboxFood",
            "indices": [
              "31",
              "42"
            ],
            "id_str": "9000242"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "30",
      "id_str": "1752435800350294043",
      "truncated": false,
      "retweet_count": "5",
      "id": "1752435800350294043",
      "created_at": "Fri Mar 06 21:35:54 +0000 2026",
      "favorited": false,
      "full_text": "#跳跳盒# 在线客服秒回，效率很高，客服二话不说就给退款了。 @HopboxFood #Hopbox",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752436837438095388"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "FanlaiEats",
            "indices": [
              114,
              125
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fanlai Eats",
            "screen_name": "FanlaiEats",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "40",
      "id_str": "1752436837438095388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1752436837438095388",
      "created_at": "Mon Mar 09 18:16:55 +0000 2026",
      "favorited": false,
      "full_text": "@FanlaiEats The card payment error message makes no sense! Could you please look into this? Not recommended. :(:( #FanlaiEats",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752437579972509725"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Crestmoor Hotel",
            "screen_name": "CrestmoorHotel",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "9000305"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "15",
      "id_str": "1752437579972509725",
      "truncated": false,
      "retweet_count": "0",
      "id": "1752437579972509725",
      "created_at": "Wed Mar 11 19:27:29 +0000 2026",
      "favorited": false,
      "full_text": "@CrestmoorHotel The bathroom was sparkling clean!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752438673112989726"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DashBite",
            "screen_name": "DashBiteApp",
            "indices": [
              "24",
              "36"
            ],
            "id_str": "9000255"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "36"
      ],
      "favorite_count": "3",
      "id_str": "1752438673112989726",
      "truncated": false,
      "retweet_count": "8",
      "id": "1752438673112989726",
      "created_at": "Sat Mar 14 19:51:14 +0000 2026",
      "favorited": false,
      "full_text": "#快点到# 菜品很新鲜，一点都不油腻。❤️❤️ @DashBiteApp",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752438684357918751"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Maplestay Inn",
            "screen_name": "MaplestayInn",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "9000281"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "42"
      ],
      "favorite_count": "8",
      "id_str": "1752438684357918751",
      "truncated": false,
      "retweet_count": "8",
      "id": "1752438684357918751",
      "created_at": "Sat Mar 14 20:35:55 +0000 2026",
      "favorited": false,
      "full_text": "@MaplestayInn Wifi 一直断, impossible to work",
      "lang": "und"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752442638512848928"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "HarbourlightHotels",
            "indices": [
              155,
              174
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Harbourlight Hotels",
            "screen_name": "HarbourlightHotels",
            "indices": [
              "0",
              "19"
            ],
            "id_str": "9000378"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "174"
      ],
      "favorite_count": "36",
      "id_str": "1752442638512848928",
      "truncated": false,
      "retweet_count": "4",
      "id": "1752442638512848928",
      "created_at": "Wed Mar 25 18:28:19 +0000 2026",
      "favorited": false,
      "full_text": "@HarbourlightHotels There was noise from the lift shaft all night, though the room was bigger than expected. You can walk to the river in two minutes. 😡😡😡 #HarbourlightHotels",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752442651448082465"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Maplestay Inn",
            "screen_name": "MaplestayInn",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "9000281"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "0",
      "id_str": "1752442651448082465",
      "truncated": false,
      "retweet_count": "1",
      "id": "1752442651448082465",
      "created_at": "Wed Mar 25 19:19:43 +0000 2026",
      "favorited": false,
      "full_text": "@MaplestayInn The minibar prices are a rip-off, but close to the station with lots of restaurants nearby. However, the room was tiny and cramped. 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752443586471690274"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "CrestmoorHotel",
            "indices": [
              47,
              62
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Crestmoor Hotel",
            "screen_name": "CrestmoorHotel",
            "indices": [
              "31",
              "46"
            ],
            "id_str": "9000305"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "3",
      "id_str": "1752443586471690274",
      "truncated": false,
      "retweet_count": "7",
      "id": "1752443586471690274",
      "created_at": "Sat Mar 28 09:15:10 +0000 2026",
      "favorited": false,
      "full_text": "#云岭酒店# 前台知道我们是来过纪念日的，主动给升级了房间。 @CrestmoorHotel #CrestmoorHotel",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752444342658564131"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "DashBite",
            "indices": [
              138,
              147
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DashBite",
            "screen_name": "DashBiteApp",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "9000255"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "18",
      "id_str": "1752444342658564131",
      "truncated": false,
      "retweet_count": "3",
      "id": "1752444342658564131",
      "created_at": "Mon Mar 30 11:19:59 +0000 2026",
      "favorited": false,
      "full_text": "@DashBiteApp The tracking was accurate to the minute. Also, I got a full refund within minutes. The student discount makes it affordable. #DashBite",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752448114994610212"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fanlai Eats",
            "screen_name": "FanlaiEats",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "40",
      "id_str": "1752448114994610212",
      "truncated": false,
      "retweet_count": "2",
      "id": "1752448114994610212",
      "created_at": "Thu Apr 09 21:09:54 +0000 2026",
      "favorited": false,
      "full_text": "@FanlaiEats The green curry was not bad at all, actually pretty tasty. Also, the delivery guy carried it up six floors without complaining!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752448878093697061"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fanlai Eats",
            "screen_name": "FanlaiEats",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "26",
      "id_str": "1752448878093697061",
      "truncated": false,
      "retweet_count": "8",
      "id": "1752448878093697061",
      "created_at": "Sat Apr 11 23:42:11 +0000 2026",
      "favorited": false,
      "full_text": "@FanlaiEats Portions are huge, I had leftovers for lunch the next day.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752449242998145062"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DashBite",
            "screen_name": "DashBiteApp",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "9000255"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "209"
      ],
      "favorite_count": "4",
      "id_str": "1752449242998145062",
      "truncated": false,
      "retweet_count": "5",
      "id": "1752449242998145062",
      "created_at": "Sun Apr 12 23:52:11 +0000 2026",
      "favorited": false,
      "full_text": "@DashBiteApp The soup came in a sealed container and not a drop spilled. On the other hand, the courier picked up our order and then did two other drops first, so it came late. Could you please look into this?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752449546825138215"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "DashBite",
            "indices": [
              182,
              191
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DashBite",
            "screen_name": "DashBiteApp",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "9000255"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "191"
      ],
      "favorite_count": "8",
      "id_str": "1752449546825138215",
      "truncated": false,
      "retweet_count": "7",
      "id": "1752449546825138215",
      "created_at": "Mon Apr 13 19:59:29 +0000 2026",
      "favorited": false,
      "full_text": "@DashBiteApp That's a late delivery for the third time this month. Also, the app is slow and the menu takes ages to load... I would have given five stars if the delivery was faster. #DashBite",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752449603678928936"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Harbourlight Hotels",
            "screen_name": "HarbourlightHotels",
            "indices": [
              "0",
              "19"
            ],
            "id_str": "9000378"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "165"
      ],
      "favorite_count": "2",
      "id_str": "1752449603678928936",
      "truncated": false,
      "retweet_count": "1",
      "id": "1752449603678928936",
      "created_at": "Mon Apr 13 23:45:24 +0000 2026",
      "favorited": false,
      "full_text": "@HarbourlightHotels Online check-in meant we were in the room in five minutes, but breakfast was a crowded room with one toaster for fifty people. Overall it's okay.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752450226382077993"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "MaplestayInn",
            "indices": [
              61,
              74
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Maplestay Inn",
            "screen_name": "MaplestayInn",
            "indices": [
              "15",
              "28"
            ],
            "id_str": "9000281"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "4",
      "id_str": "1752450226382077993",
      "truncated": false,
      "retweet_count": "0",
      "id": "1752450226382077993",
      "created_at": "Wed Apr 15 16:59:48 +0000 2026",
      "favorited": false,
      "full_text": "RT @foodie_xu: @MaplestayInn You can walk to the river in two minutes. ❤️❤️ #MaplestayInn",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752453176470962218"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hopbox",
            "screen_name": "HopboxFood",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000242"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "1",
      "id_str": "1752453176470962218",
      "truncated": false,
      "retweet_count": "5",
      "id": "1752453176470962218",
      "created_at": "Thu Apr 23 20:22:24 +0000 2026",
      "favorited": false,
      "full_text": "@HopboxFood You can tell the hot and sour soup was cooked to order. 👍👍👍",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752453432831017003"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Crestmoor Hotel",
            "screen_name": "CrestmoorHotel",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "9000305"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "22",
      "id_str": "1752453432831017003",
      "truncated": false,
      "retweet_count": "4",
      "id": "1752453432831017003",
      "created_at": "Fri Apr 24 13:21:05 +0000 2026",
      "favorited": false,
      "full_text": "@CrestmoorHotel The internet was fast enough for video calls. But the toilet kept running all night. Might stay again if the price is right.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752454634440392748"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hopbox",
            "screen_name": "HopboxFood",
            "indices": [
              "17",
              "28"
            ],
            "id_str": "9000242"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "28"
      ],
      "favorite_count": "36",
      "id_str": "1752454634440392748",
      "truncated": false,
      "retweet_count": "4",
      "id": "1752454634440392748",
      "created_at": "Mon Apr 27 20:55:51 +0000 2026",
      "favorited": false,
      "full_text": "#跳跳盒# 会员免配送费，很值。 @HopboxFood",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752456472229216301"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fanlai Eats",
            "screen_name": "FanlaiEats",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "160"
      ],
      "favorite_count": "6",
      "id_str": "1752456472229216301",
      "truncated": false,
      "retweet_count": "8",
      "id": "1752456472229216301",
      "created_at": "Sat May 02 22:38:34 +0000 2026",
      "favorited": false,
      "full_text": "@FanlaiEats Prices went up again this month. On the plus side, the box kept the mapo tofu warm and crispy. If the prices were still like last year I'd be happy.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752458563312058414"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "HarbourlightHotels",
            "indices": [
              118,
              137
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Harbourlight Hotels",
            "screen_name": "HarbourlightHotels",
            "indices": [
              "0",
              "19"
            ],
            "id_str": "9000378"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "2",
      "id_str": "1752458563312058414",
      "truncated": false,
      "retweet_count": "5",
      "id": "1752458563312058414",
      "created_at": "Fri May 08 17:07:47 +0000 2026",
      "favorited": false,
      "full_text": "@HarbourlightHotels There was no wait at the front desk at all, and housekeeping did a great job. Five stars from me. #HarbourlightHotels",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752461170214600751"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DashBite",
            "screen_name": "DashBiteApp",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "9000255"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "197"
      ],
      "favorite_count": "20",
      "id_str": "1752461170214600751",
      "truncated": false,
      "retweet_count": "0",
      "id": "1752461170214600751",
      "created_at": "Fri May 15 21:46:41 +0000 2026",
      "favorited": false,
      "full_text": "@DashBiteApp Ordered for the family on Sunday. The courier picked up our order and then did two other drops first, so it came late, and I called the hotline and was put on hold for forty minutes...",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752463346995462192"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hopbox",
            "screen_name": "HopboxFood",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000242"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "0",
      "id_str": "1752463346995462192",
      "truncated": false,
      "retweet_count": "7",
      "id": "1752463346995462192",
      "created_at": "Thu May 21 21:56:26 +0000 2026",
      "favorited": false,
      "full_text": "@HopboxFood After the update the app crashes when I try to add a promo code. Still waiting after an hour and the tracking map hasn't moved! 😤",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752464090435846193"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "CrestmoorHotel",
            "indices": [
              60,
              75
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Crestmoor Hotel",
            "screen_name": "CrestmoorHotel",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "9000305"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "36",
      "id_str": "1752464090435846193",
      "truncated": false,
      "retweet_count": "4",
      "id": "1752464090435846193",
      "created_at": "Sat May 23 23:10:36 +0000 2026",
      "favorited": false,
      "full_text": "@CrestmoorHotel Comfy pillows and proper blackout curtains! #CrestmoorHotel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752466271260016690"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Maplestay Inn",
            "screen_name": "MaplestayInn",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "9000281"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "13",
      "id_str": "1752466271260016690",
      "truncated": false,
      "retweet_count": "3",
      "id": "1752466271260016690",
      "created_at": "Fri May 29 23:36:25 +0000 2026",
      "favorited": false,
      "full_text": "@MaplestayInn Housekeeping never came during our four-night stay, though cheap and cheerful, exactly what we needed! Could you please look into this? 😩",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752469700657184819"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Harbourlight Hotels",
            "screen_name": "HarbourlightHotels",
            "indices": [
              "0",
              "19"
            ],
            "id_str": "9000378"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "39",
      "id_str": "1752469700657184819",
      "truncated": false,
      "retweet_count": "8",
      "id": "1752469700657184819",
      "created_at": "Mon Jun 08 10:43:37 +0000 2026",
      "favorited": false,
      "full_text": "@HarbourlightHotels Room 隔音 is bad, could hear everything 😩",
      "lang": "und"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752470972063973428"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hopbox",
            "screen_name": "HopboxFood",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000242"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "22",
      "id_str": "1752470972063973428",
      "truncated": false,
      "retweet_count": "3",
      "id": "1752470972063973428",
      "created_at": "Thu Jun 11 22:55:44 +0000 2026",
      "favorited": false,
      "full_text": "@HopboxFood The burrito bowl was delicious and the portion was generous. It arrived on time even though the restaurant is across town.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752473649133027381"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Maplestay Inn",
            "screen_name": "MaplestayInn",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "9000281"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "175"
      ],
      "favorite_count": "38",
      "id_str": "1752473649133027381",
      "truncated": false,
      "retweet_count": "5",
      "id": "1752473649133027381",
      "created_at": "Fri Jun 19 08:13:27 +0000 2026",
      "favorited": false,
      "full_text": "@MaplestayInn Stayed here for a conference. We couldn't sleep because of construction noise from 7am, though reasonably priced for a city centre hotel... Fine for one night. 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752474942933205046"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fanlai Eats",
            "screen_name": "FanlaiEats",
            "indices": [
              "34",
              "45"
            ],
            "id_str": "9000240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "45"
      ],
      "favorite_count": "38",
      "id_str": "1752474942933205046",
      "truncated": false,
      "retweet_count": "8",
      "id": "1752474942933205046",
      "created_at": "Mon Jun 22 21:54:33 +0000 2026",
      "favorited": false,
      "full_text": "#饭来了# 周末给家里人点的。搜索功能很难用，找不到之前点过的店～ @FanlaiEats",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752475669424406583"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DashBite",
            "screen_name": "DashBiteApp",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "9000255"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "161"
      ],
      "favorite_count": "2",
      "id_str": "1752475669424406583",
      "truncated": false,
      "retweet_count": "6",
      "id": "1752475669424406583",
      "created_at": "Wed Jun 24 22:01:22 +0000 2026",
      "favorited": false,
      "full_text": "@DashBiteApp Used DashBite for a team lunch. My order was late again, 70 minutes past the estimate, though the lunch deal is cheaper than cooking at home! Big L.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752477278409752632"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "CrestmoorHotel",
            "indices": [
              43,
              58
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Crestmoor Hotel",
            "screen_name": "CrestmoorHotel",
            "indices": [
              "27",
              "42"
            ],
            "id_str": "9000305"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "1",
      "id_str": "1752477278409752632",
      "truncated": false,
      "retweet_count": "7",
      "id": "1752477278409752632",
      "created_at": "Mon Jun 29 08:34:54 +0000 2026",
      "favorited": false,
      "full_text": "#云岭酒店# 枕头很软，遮光窗帘效果很好。下次还来。 @CrestmoorHotel #CrestmoorHotel",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752477983719718969"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Harbourlight Hotels",
            "screen_name": "HarbourlightHotels",
            "indices": [
              "0",
              "19"
            ],
            "id_str": "9000378"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1752477983719718969",
      "truncated": false,
      "retweet_count": "0",
      "id": "1752477983719718969",
      "created_at": "Wed Jul 01 07:17:33 +0000 2026",
      "favorited": false,
      "full_text": "@HarbourlightHotels Reasonably priced for a city centre hotel. Thanks, team!!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752479593824944186"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Maplestay Inn",
            "screen_name": "MaplestayInn",
            "indices": [
              "22",
              "35"
            ],
            "id_str": "9000281"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "35"
      ],
      "favorite_count": "8",
      "id_str": "1752479593824944186",
      "truncated": false,
      "retweet_count": "7",
      "id": "1752479593824944186",
      "created_at": "Sun Jul 05 17:55:32 +0000 2026",
      "favorited": false,
      "full_text": "#枫居酒店# 第一晚就在卫生间看到了蟑螂。 @MaplestayInn",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752479657934880827"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "CrestmoorHotel",
            "indices": [
              148,
              163
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Crestmoor Hotel",
            "screen_name": "CrestmoorHotel",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "9000305"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "163"
      ],
      "favorite_count": "40",
      "id_str": "1752479657934880827",
      "truncated": false,
      "retweet_count": "4",
      "id": "1752479657934880827",
      "created_at": "Sun Jul 05 22:10:17 +0000 2026",
      "favorited": false,
      "full_text": "@CrestmoorHotel The coffee at breakfast was really good, though there was a long queue at the front desk... Might stay again if the price is right. #CrestmoorHotel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752485050073382972"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DashBite",
            "screen_name": "DashBiteApp",
            "indices": [
              "59",
              "71"
            ],
            "id_str": "9000255"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "6",
      "id_str": "1752485050073382972",
      "truncated": false,
      "retweet_count": "6",
      "id": "1752485050073382972",
      "created_at": "Mon Jul 20 19:16:43 +0000 2026",
      "favorited": false,
      "full_text": "#快点到# 饭到的时候午休都结束了，不过餐盒保温效果好，送到还是脆的。但是外卖员没送到就点了已送达。总体还行吧。😭😭 @DashBiteApp",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752485779106332733"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Hopbox",
            "indices": [
              35,
              42
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hopbox",
            "screen_name": "HopboxFood",
            "indices": [
              "23",
              "34"
            ],
            "id_str": "9000242"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "42"
      ],
      "favorite_count": "19",
      "id_str": "1752485779106332733",
      "truncated": false,
      "retweet_count": "0",
      "id": "1752485779106332733",
      "created_at": "Wed Jul 22 19:33:38 +0000 2026",
      "favorited": false,
      "full_text": "#跳跳盒# 小哥按备注放在门口，还拍了照片！ @HopboxFood #Hopbox",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752487482727759934"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.example\" rel=\"nofollow\">Example for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fanlai Eats",
            "screen_name": "FanlaiEats",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "9000240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "35"
      ],
      "favorite_count": "1",
      "id_str": "1752487482727759934",
      "truncated": false,
      "retweet_count": "6",
      "id": "1752487482727759934",
      "created_at": "Mon Jul 27 12:23:13 +0000 2026",
      "favorited": false,
      "full_text": "@FanlaiEats 骑手 was super nice, 五星好评",
      "lang": "und"
    }
  }
]
