// The pl messages, one file per namespace (the namespaces are English's: lib/i18n/messages/en/index.ts).
import common from "./common.json";
import commonClient from "./commonClient.json";
import errors from "./errors.json";
import auth from "./auth.json";
import account from "./account.json";
import accountsClient from "./accountsClient.json";
import invitations from "./invitations.json";
import passwordReset from "./passwordReset.json";
import domain from "./domain.json";
import admin from "./admin.json";
import adminClient from "./adminClient.json";
import programmes from "./programmes.json";
import programmesClient from "./programmesClient.json";
import engagements from "./engagements.json";
import engagementsClient from "./engagementsClient.json";
import advice from "./advice.json";
import adviceClient from "./adviceClient.json";
import board from "./board.json";
import boardClient from "./boardClient.json";
import audit from "./audit.json";
import email from "./email.json";
import inbox from "./inbox.json";
import inboxClient from "./inboxClient.json";
import notifications from "./notifications.json";
import sso from "./sso.json";
import plan from "./plan.json";
import planClient from "./planClient.json";
import decisions from "./decisions.json";
import decisionsClient from "./decisionsClient.json";
import obstacles from "./obstacles.json";
import obstaclesClient from "./obstaclesClient.json";
import type { Messages } from "../index";

export default {
  common,
  commonClient,
  errors,
  auth,
  account,
  accountsClient,
  invitations,
  passwordReset,
  domain,
  admin,
  adminClient,
  programmes,
  programmesClient,
  engagements,
  engagementsClient,
  advice,
  adviceClient,
  board,
  boardClient,
  audit,
  email,
  inbox,
  inboxClient,
  notifications,
  sso,
  plan,
  planClient,
  decisions,
  decisionsClient,
  obstacles,
  obstaclesClient,
} satisfies Messages;
