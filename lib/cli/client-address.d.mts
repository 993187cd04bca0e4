export declare function clientAddress(forwardedFor: string | undefined, socketAddress: string | undefined, trustedProxies: number): string;
