// Registrable domains that ordinary work shares: the work platforms themselves, their consumer sites and
// the clouds and CDNs many vendors run on. A request to one of them says nothing about monitoring, so
// they never carry vendor-domain matching (schema field vendor_domains): there only a rule's
// path-precise signals count. Rules of category platform_telemetry get no vendor-domain matching either,
// and the data tests check that the domains of their cited hosts are listed here.
export const PLATFORM_DOMAINS: ReadonlySet<string> = new Set([
  // Work platforms and their vendors' own sites
  'adobe.com',
  'apple.com',
  'atlassian.com',
  'atlassian.net',
  'box.com',
  'cisco.com',
  'dropbox.com',
  'github.com',
  'gitlab.com',
  'gitlab.net',
  'google.com',
  'hubspot.com',
  'matterlytics.com',
  'microsoft.com',
  'microsoftonline.com',
  'office.com',
  'office.net',
  'live.com',
  'sharepoint.com',
  'oracle.com',
  'salesforce.com',
  'force.com',
  'servicenow.com',
  'slack.com',
  'trello.com',
  'wbx2.com',
  'webex.com',
  'workday.com',
  'zendesk.com',
  'zoom.us',
  // Messaging and mail platforms whose own web apps carry first-party telemetry (platform_telemetry rules)
  'element.io',
  'proton.me',
  'wire.com',
  'getsentry.net',
  // Password manager whose own clients post vault events to its events service (bitwarden-event-logs)
  'bitwarden.com',
  'bitwarden.eu',
  // Cloud communications platform behind many contact-centre and CRM softphones (twilio-voice-insights)
  'twilio.com',
  // Video API behind many telehealth, interview and meeting tools (vonage-video-client-logging)
  'tokbox.com',
  // Collaborative editors whose own web apps post usage events to their own origin (overleaf-web-analytics,
  // penpot-audit-events)
  'overleaf.com',
  'penpot.app',
  // Document and whiteboard workspace whose app sends usage events through its own telemetry host
  // (affine-web-telemetry)
  'affine.run',
  // Contact-centre platform whose agent softphone SDK uploads its logs to the platform API
  // (genesys-cloud-webrtc-telemetry)
  'mypurecloud.com',
  'mypurecloud.com.au',
  'mypurecloud.de',
  'mypurecloud.ie',
  'mypurecloud.jp',
  'pure.cloud',
  'us-gov-pure.cloud',
  // Self-hostable work tools (analytics, BI, automation) whose own pages report usage to their vendor's
  // collector (kibana-browser-telemetry, metabase-snowplow-telemetry, n8n-editor-telemetry)
  'elastic.co',
  'metabase.com',
  'n8n.io',
  // Log management console whose web interface sends usage events to its vendor (graylog-web-telemetry)
  'graylog.cloud',
  // Observability console whose UI reports page views and clicks to its vendor's collector
  // (openobserve-ui-analytics)
  'zinclabs.dev',
  // Feature-flag service whose admin UI sends page views to its own Plausible server
  // (unleash-plausible-telemetry)
  'getunleash.io',
  // Workflow orchestration platform whose UI posts page events to its vendor's API (kestra-ui-usage-events)
  'kestra.io',
  // Headless CMS whose admin panel posts editors' actions to its vendor (strapi-admin-telemetry)
  'strapi.io',
  // Content platform whose editing studio posts usage events to its own API (sanity-studio-telemetry)
  'sanity.io',
  // GraphQL platform whose console streams usage events to its telemetry host (hasura-console-telemetry)
  'hasura.io',
  // Automattic's shared WordPress.com and Jetpack asset, stats and pixel hosts; WooCommerce admin pages send
  // usage events to its Tracks pixel (woocommerce-tracks-telemetry)
  'wp.com',
  // Consumer portals whose monitoring tools sit on the same domain as everything else they run
  'qq.com',
  'yandex.az',
  'yandex.by',
  'yandex.co.il',
  'yandex.com',
  'yandex.com.am',
  'yandex.com.ge',
  'yandex.com.tr',
  'yandex.ee',
  'yandex.fr',
  'yandex.kg',
  'yandex.kz',
  'yandex.lt',
  'yandex.lv',
  'yandex.md',
  'yandex.ru',
  'yandex.tj',
  'yandex.tm',
  'yandex.uz',
  // Clouds, CDNs and hosting that many unrelated customers share
  'akamaihd.net',
  'akamaized.net',
  'aliyuncs.com',
  'amazonaws.com',
  'appspot.com',
  'azure.com',
  'azureedge.net',
  'azurewebsites.net',
  'cloudflare.com',
  'cloudfront.net',
  'fastly.net',
  'github.io',
  'googleapis.com',
  'gstatic.com',
  'herokuapp.com',
  'netlify.app',
  'vercel.app',
  'visualstudio.com',
  'windows.net',
]);
