export type Refusal = { status: number; message: string };
type Headers = Record<string, string | string[] | undefined>;
export declare function isActionRequest(method: string | undefined, url: string | undefined, headers: Headers): boolean;
export declare function checkActionHeaders(headers: Headers): Refusal | null;
export declare function tooLarge(limit: number): Refusal;
export declare function checkActionBody(contentType: string | undefined, body: Buffer): Promise<Refusal | null>;
