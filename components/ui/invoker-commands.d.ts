// HTML invoker commands (<button commandfor="dialog-id" command="show-modal">): a button opens or
// closes a <dialog> without any script, so confirmations also work before or without JavaScript.
// React passes these lowercase attributes through; its types do not know them yet.
import "react";

declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merged declarations must repeat React's type parameter
  interface ButtonHTMLAttributes<T> {
    commandfor?: string;
    command?: "show-modal" | "close" | "request-close";
  }
}
