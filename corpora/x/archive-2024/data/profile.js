window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Shipping small tools for small teams. Notes on release engineering & docs.",
        "website" : "https://t.co/LfWebsite1",
        "location" : "Bergen"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1480000000000000777/a1B2c3D4.jpg"
    }
  }
]