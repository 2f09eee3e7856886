// The first published policy; later versions are published by the privacy officer.
export const policyV1 = {
  version: "1.0",
  material: false,
  summaryEn:
    "How the shop collects, uses, shares and protects your personal information, and how you exercise your rights.",
  summaryZh: "商城如何收集、使用、共享和保护您的个人信息，以及您如何行使您的权利。",
  bodyEn: [
    "We collect the information you give us (account, contact, delivery and payment details) and information created as you shop (orders, browsing and search history, device records).",
    "We use it to run your account, deliver orders, keep the shop secure and, where you allow it, to personalize recommendations and send marketing.",
    "You can see, correct, download and delete your information, and change your choices, at any time in the Personal Center.",
    "Information about children under 14 is sensitive personal information: a guardian's consent is needed and the strictest settings apply.",
    "Person in charge of personal-information protection: privacy@demo.shop. Children's information: children-privacy@demo.shop.",
  ].join("\n\n"),
  bodyZh: [
    "我们收集您提供的信息（账号、联系方式、收货与支付信息）以及您购物过程中产生的信息（订单、浏览与搜索记录、设备记录）。",
    "我们使用这些信息来运行您的账号、配送订单、保障商城安全，并在您允许时提供个性化推荐和发送营销信息。",
    "您可以随时在个人中心查看、更正、下载和删除您的信息，并更改您的选择。",
    "不满 14 周岁儿童的信息属于敏感个人信息：需要监护人同意，并适用最严格的设置。",
    "个人信息保护负责人：privacy@demo.shop。儿童个人信息保护联系人：children-privacy@demo.shop。",
  ].join("\n\n"),
};
