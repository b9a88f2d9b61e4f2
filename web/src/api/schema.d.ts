// Generated from /api/openapi.json by scripts/openapi-document.ts; do not edit.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness, with the database */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ok" | "unavailable";
                            database: {
                                kind: "pglite" | "postgres";
                                ready: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ok" | "unavailable";
                            database: {
                                kind: "pglite" | "postgres";
                                ready: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a user and their own top-level account, and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description email address */
                        email: string;
                        password: string;
                        name: string;
                        accountName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                twoFactorEnabled: boolean;
                                /** @description others find the user by email only once it is confirmed */
                                emailConfirmed: boolean;
                                /** @description non-security notification emails on or off */
                                notifications: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            account: {
                                id: string;
                                name: string;
                                parentId: string | null;
                                level: number;
                            };
                            /** @description send it back in the x-csrf-token header */
                            csrfToken: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; every other browser session of the user ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description email address */
                        email: string;
                        password: string;
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                twoFactorEnabled: boolean;
                                /** @description others find the user by email only once it is confirmed */
                                emailConfirmed: boolean;
                                /** @description non-security notification emails on or off */
                                notifications: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            /** @description send it back in the x-csrf-token header */
                            csrfToken: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a single-use reset link, if the address has an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description email address */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset token; every session ends, none starts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation as a new user (name, password) and sign in: the invited address becomes the login, confirmed; no account of your own is created. With a user already, sign in and use …/accept. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                twoFactorEnabled: boolean;
                                /** @description others find the user by email only once it is confirmed */
                                emailConfirmed: boolean;
                                /** @description non-security notification emails on or off */
                                notifications: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            membership: {
                                accountId: string;
                                userId: string;
                                role: string | null;
                                /** @description permission keys, in catalog order */
                                permissions: string[];
                            };
                            /** @description send it back in the x-csrf-token header */
                            csrfToken: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/confirm-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an email address with the token of the mailed link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/confirm-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a new confirmation link to my current address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and every account they can reach */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                twoFactorEnabled: boolean;
                                /** @description others find the user by email only once it is confirmed */
                                emailConfirmed: boolean;
                                /** @description non-security notification emails on or off */
                                notifications: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            /** @description every account the user can reach */
                            accounts: {
                                id: string;
                                name: string;
                                parentId: string | null;
                                level: number;
                                role: string | null;
                                via: "member" | "cascade" | "connection";
                            }[];
                            /** @description send it back in the x-csrf-token header */
                            csrfToken: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, email (needs the current password; confirmed again) or notification emails */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description email address */
                        email?: string;
                        currentPassword?: string;
                        /** @description false turns off the non-security notification emails */
                        notifications?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                twoFactorEnabled: boolean;
                                /** @description others find the user by email only once it is confirmed */
                                emailConfirmed: boolean;
                                /** @description non-security notification emails on or off */
                                notifications: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; every other session ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My sessions, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description the session making this request */
                                current: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                lastSeenAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                endedAt: string | null;
                                endReason: string | null;
                                ip: string | null;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of my sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/2fa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start two-factor setup: a new TOTP secret (needs the current password) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            /** @description for an authenticator app’s QR code */
                            otpauthUrl: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/2fa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor on with a current code; returns single-use recovery codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description single-use; shown only now */
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/2fa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor off (needs a code and the current password) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account, with what the caller may do in it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                id: string;
                                name: string;
                                parentId: string | null;
                                /** @description 1 for a top-level account, at most 5 */
                                level: number;
                                /** @description members here and below need 2FA */
                                requireTwoFactor: boolean;
                                /** @description an IANA time zone: programs' dated triggers and waits run on its clock */
                                timeZone: string;
                                /** @description the language of the words Chorus puts on the account's public pages (sign-up forms): en, fr, de or es */
                                language: "en" | "fr" | "de" | "es";
                            };
                            /** @description what the caller holds here, in catalog order */
                            permissions: string[];
                            /** @description every way the caller reaches the account */
                            paths: {
                                kind: "membership" | "cascade" | "connection" | "api_key";
                                /** @description the account the membership, connection or key is in */
                                accountId: string;
                                role: string | null;
                                /** @description permission keys, in catalog order */
                                permissions: string[];
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete the account and its sub-accounts (Owner, or an Admin of a parent account) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename the account, require 2FA of its members (here and below), set its time zone or its language */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        requireTwoFactor?: boolean;
                        /** @description an IANA time zone */
                        timeZone?: string;
                        /** @description the language of the words Chorus puts on the account's public pages (sign-up forms): en, fr, de or es */
                        language?: "en" | "fr" | "de" | "es";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            parentId: string | null;
                            /** @description 1 for a top-level account, at most 5 */
                            level: number;
                            /** @description members here and below need 2FA */
                            requireTwoFactor: boolean;
                            /** @description an IANA time zone: programs' dated triggers and waits run on its clock */
                            timeZone: string;
                            /** @description the language of the words Chorus puts on the account's public pages (sign-up forms): en, fr, de or es */
                            language: "en" | "fr" | "de" | "es";
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create another top-level account of your own (you own it; it starts with no credits) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            parentId: string | null;
                            /** @description 1 for a top-level account, at most 5 */
                            level: number;
                            /** @description members here and below need 2FA */
                            requireTwoFactor: boolean;
                            /** @description an IANA time zone: programs' dated triggers and waits run on its clock */
                            timeZone: string;
                            /** @description the language of the words Chorus puts on the account's public pages (sign-up forms): en, fr, de or es */
                            language: "en" | "fr" | "de" | "es";
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/subaccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Direct sub-accounts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                parentId: string | null;
                                /** @description 1 for a top-level account, at most 5 */
                                level: number;
                                /** @description members here and below need 2FA */
                                requireTwoFactor: boolean;
                                /** @description an IANA time zone: programs' dated triggers and waits run on its clock */
                                timeZone: string;
                                /** @description the language of the words Chorus puts on the account's public pages (sign-up forms): en, fr, de or es */
                                language: "en" | "fr" | "de" | "es";
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a sub-account (at most five levels deep) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            parentId: string | null;
                            /** @description 1 for a top-level account, at most 5 */
                            level: number;
                            /** @description members here and below need 2FA */
                            requireTwoFactor: boolean;
                            /** @description an IANA time zone: programs' dated triggers and waits run on its clock */
                            timeZone: string;
                            /** @description the language of the words Chorus puts on the account's public pages (sign-up forms): en, fr, de or es */
                            language: "en" | "fr" | "de" | "es";
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone who reaches the account, with role, permissions and path */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                userId: string;
                                email: string;
                                name: string;
                                role: string | null;
                                via: "member" | "cascade" | "connection";
                                /** @description the account the shown path starts from */
                                fromAccountId: string;
                                /** @description permission keys, in catalog order */
                                permissions: string[];
                                paths: {
                                    kind: "membership" | "cascade" | "connection" | "api_key";
                                    /** @description the account the membership, connection or key is in */
                                    accountId: string;
                                    role: string | null;
                                    /** @description permission keys, in catalog order */
                                    permissions: string[];
                                }[];
                                /** @description What the caller may do to this member (PATCH, DELETE …/members/{userId}), by the rules the server enforces: users.manage, only below one’s own permissions, never the Owner, access from elsewhere changed where it comes from. Removing oneself is leaving. A removal that would take someone’s last account is still refused (409 last_membership) */
                                abilities: {
                                    edit: {
                                        /** @enum {boolean} */
                                        allowed: true;
                                    } | {
                                        /** @enum {boolean} */
                                        allowed: false;
                                        reason: string;
                                    };
                                    remove: {
                                        /** @enum {boolean} */
                                        allowed: true;
                                    } | {
                                        /** @enum {boolean} */
                                        allowed: false;
                                        reason: string;
                                    };
                                };
                                /** @description only to users.security holders */
                                twoFactorEnabled?: boolean;
                                lastSignInAt?: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (only below your own permissions) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a member’s role or permissions (only below your own) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a preset role key */
                        role?: string;
                        /** @description a custom set, closed under requires */
                        permissions?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string;
                            userId: string;
                            role: string | null;
                            /** @description permission keys, in catalog order */
                            permissions: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** @description What the caller may do to this member (PATCH, DELETE …/members/{userId}), by the rules the server enforces: users.manage, only below one’s own permissions, never the Owner, access from elsewhere changed where it comes from. Removing oneself is leaving. A removal that would take someone’s last account is still refused (409 last_membership) */
                            abilities: {
                                edit: {
                                    /** @enum {boolean} */
                                    allowed: true;
                                } | {
                                    /** @enum {boolean} */
                                    allowed: false;
                                    reason: string;
                                };
                                remove: {
                                    /** @enum {boolean} */
                                    allowed: true;
                                } | {
                                    /** @enum {boolean} */
                                    allowed: false;
                                    reason: string;
                                };
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/members/{userId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s access to each account of the tree you can see users of (the Accounts tab) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                parentId: string | null;
                                /** @description 1 for a top-level account, at most 5 */
                                level: number;
                                /** @description members here and below need 2FA */
                                requireTwoFactor: boolean;
                                /** @description an IANA time zone: programs' dated triggers and waits run on its clock */
                                timeZone: string;
                                /** @description the language of the words Chorus puts on the account's public pages (sign-up forms): en, fr, de or es */
                                language: "en" | "fr" | "de" | "es";
                                via: ("member" | "cascade" | "connection") | null;
                                role: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/members/{userId}/accounts/{otherAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give a member access to another account of the tree, or change it (needs users.manage there too) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    userId: string;
                    otherAccountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a preset role key */
                        role?: string;
                        /** @description a custom set, closed under requires */
                        permissions?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string;
                            userId: string;
                            role: string | null;
                            /** @description permission keys, in catalog order */
                            permissions: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** @description What the caller may do to this member (PATCH, DELETE …/members/{userId}), by the rules the server enforces: users.manage, only below one’s own permissions, never the Owner, access from elsewhere changed where it comes from. Removing oneself is leaving. A removal that would take someone’s last account is still refused (409 last_membership) */
                            abilities: {
                                edit: {
                                    /** @enum {boolean} */
                                    allowed: true;
                                } | {
                                    /** @enum {boolean} */
                                    allowed: false;
                                    reason: string;
                                };
                                remove: {
                                    /** @enum {boolean} */
                                    allowed: true;
                                } | {
                                    /** @enum {boolean} */
                                    allowed: false;
                                    reason: string;
                                };
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Take away a member’s access to another account of the tree */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    userId: string;
                    otherAccountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave the account (not the Owner; not your last account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer ownership of a top-level account to an Admin (Owner only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open invitations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                accountId: string;
                                email: string;
                                role: string | null;
                                permissions: string[] | null;
                                invitedBy: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite someone by email with a role or permissions (only below your own) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        /** @description a preset role key */
                        role?: string;
                        /** @description a custom set, closed under requires */
                        permissions?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            email: string;
                            role: string | null;
                            permissions: string[] | null;
                            invitedBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** @description the single-use token; shown only now */
                            token: string;
                            /** @description the link the invitee was mailed */
                            acceptUrl: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an open invitation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation sent to your email address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string;
                            userId: string;
                            role: string | null;
                            /** @description permission keys, in catalog order */
                            permissions: string[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open connections: mine to other accounts (outgoing) or into accounts I manage (incoming) */
        get: {
            parameters: {
                query?: {
                    direction?: "incoming" | "outgoing";
                    cursor?: string;
                    /** @description default 100 */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description newest first */
                            items: {
                                id: string;
                                type: "access_others" | "grant_access";
                                accountId: string;
                                /** @description the connected user */
                                userId: string;
                                status: "pending" | "active" | "declined" | "ended" | "expired";
                                role: string | null;
                                /** @description permission keys, in catalog order */
                                permissions: string[];
                                expiresAt: string | null;
                                requestedBy: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description What the caller may do to the connection from their side */
                                abilities: {
                                    /** @description account side, pending: its role is within what the caller may grant */
                                    accept: boolean;
                                    /** @description account side, pending */
                                    decline: boolean;
                                    /** @description account side, pending or active: its permissions are a strict subset of the caller’s (the new role must be too) */
                                    change: boolean;
                                    /** @description either side, pending or active (the user leaving) */
                                    end: boolean;
                                };
                                /** @description the connected user */
                                userName: string;
                                /** @description the connected user */
                                userEmail: string;
                                /** @description the account it leads to */
                                accountName: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Apply for access to the account of someone named by email (access_others) or let someone named by email into yours (grant_access); the answer is the same whether or not the email leads anywhere */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        type: "access_others" | "grant_access";
                        /** @description grant_access: your account; access_others: optional, an account the person named manages (default: the account they own) */
                        accountId?: string;
                        /** @description the other side: the grantee, or someone who manages the account */
                        email: string;
                        /** @description collaborator, campaign_creator, data_manager or analyst */
                        role?: string;
                        /** @description a custom set outside the admin areas */
                        permissions?: string[];
                        /**
                         * Format: date-time
                         * @description access ends by itself at this time
                         */
                        expiresAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: "access_others" | "grant_access";
                            email: string;
                            /** @description grant_access: the account */
                            accountId?: string;
                            /** @enum {string} */
                            status: "sent";
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{connectionId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an application (users.manage) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            type: "access_others" | "grant_access";
                            accountId: string;
                            /** @description the connected user */
                            userId: string;
                            status: "pending" | "active" | "declined" | "ended" | "expired";
                            role: string | null;
                            /** @description permission keys, in catalog order */
                            permissions: string[];
                            expiresAt: string | null;
                            requestedBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description What the caller may do to the connection from their side */
                            abilities: {
                                /** @description account side, pending: its role is within what the caller may grant */
                                accept: boolean;
                                /** @description account side, pending */
                                decline: boolean;
                                /** @description account side, pending or active: its permissions are a strict subset of the caller’s (the new role must be too) */
                                change: boolean;
                                /** @description either side, pending or active (the user leaving) */
                                end: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{connectionId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an application (users.manage) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            type: "access_others" | "grant_access";
                            accountId: string;
                            /** @description the connected user */
                            userId: string;
                            status: "pending" | "active" | "declined" | "ended" | "expired";
                            role: string | null;
                            /** @description permission keys, in catalog order */
                            permissions: string[];
                            expiresAt: string | null;
                            requestedBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description What the caller may do to the connection from their side */
                            abilities: {
                                /** @description account side, pending: its role is within what the caller may grant */
                                accept: boolean;
                                /** @description account side, pending */
                                decline: boolean;
                                /** @description account side, pending or active: its permissions are a strict subset of the caller’s (the new role must be too) */
                                change: boolean;
                                /** @description either side, pending or active (the user leaving) */
                                end: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{connectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a connection, from either side */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the role of a connection, from the account side */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description collaborator, campaign_creator, data_manager or analyst */
                        role?: string;
                        /** @description a custom set outside the admin areas */
                        permissions?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            type: "access_others" | "grant_access";
                            accountId: string;
                            /** @description the connected user */
                            userId: string;
                            status: "pending" | "active" | "declined" | "ended" | "expired";
                            role: string | null;
                            /** @description permission keys, in catalog order */
                            permissions: string[];
                            expiresAt: string | null;
                            requestedBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description What the caller may do to the connection from their side */
                            abilities: {
                                /** @description account side, pending: its role is within what the caller may grant */
                                accept: boolean;
                                /** @description account side, pending */
                                decline: boolean;
                                /** @description account side, pending or active: its permissions are a strict subset of the caller’s (the new role must be too) */
                                change: boolean;
                                /** @description either side, pending or active (the user leaving) */
                                end: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The teams this account is in, with the invitations waiting for its answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                createdBy: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description active accounts, and the acting account while it is invited (pending) */
                                members: {
                                    accountId: string;
                                    accountName: string;
                                    status: "pending" | "active";
                                    invitedBy: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                abilities: {
                                    invite: boolean;
                                    accept: boolean;
                                    /** @description leave, or decline while invited */
                                    leave: boolean;
                                    removeOthers: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Found a team with this account as its first member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description active accounts, and the acting account while it is invited (pending) */
                            members: {
                                accountId: string;
                                accountName: string;
                                status: "pending" | "active";
                                invitedBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            abilities: {
                                invite: boolean;
                                accept: boolean;
                                /** @description leave, or decline while invited */
                                leave: boolean;
                                removeOthers: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team this account is in or invited to, with its member accounts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    teamId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description active accounts, and the acting account while it is invited (pending) */
                            members: {
                                accountId: string;
                                accountName: string;
                                status: "pending" | "active";
                                invitedBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            abilities: {
                                invite: boolean;
                                accept: boolean;
                                /** @description leave, or decline while invited */
                                leave: boolean;
                                removeOthers: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/teams/{teamId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite an account (this account must have joined): another’s by its owner’s email (202, the same answer whether or not the email leads anywhere; pending until they accept), or one you manage by accountId (201, active at once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    teamId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the owner (or, with accountId, a manager) of the account to invite */
                        email?: string;
                        accountId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string;
                            accountName: string;
                            status: "pending" | "active";
                            invitedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** @enum {string} */
                            status: "sent";
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/teams/{teamId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the team’s invitation to this account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    teamId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string;
                            accountName: string;
                            status: "pending" | "active";
                            invitedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/teams/{teamId}/members/{memberAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Leave the team (or decline its invitation) when memberAccountId is this account, else remove that account; every share with it in this team ends */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    teamId: string;
                    memberAccountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The SPEC’s contract route (§6), beside the account-scoped one: found a team with accountId (which the caller manages) as its first member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        accountId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description active accounts, and the acting account while it is invited (pending) */
                            members: {
                                accountId: string;
                                accountName: string;
                                status: "pending" | "active";
                                invitedBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            abilities: {
                                invite: boolean;
                                accept: boolean;
                                /** @description leave, or decline while invited */
                                leave: boolean;
                                removeOthers: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{teamId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The SPEC’s contract route (§6), beside the account-scoped one: invite an account, acting through the team's joined account where the caller manages (oldest first): another’s by its owner’s email (202, the same answer whether or not the email leads anywhere; pending until they accept), or one you manage by accountId (201, active at once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    teamId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the owner (or, with accountId, a manager) of the account to invite */
                        email?: string;
                        accountId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string;
                            accountName: string;
                            status: "pending" | "active";
                            invitedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** @enum {string} */
                            status: "sent";
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{teamId}/members/{accountId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The SPEC’s contract route (§6), beside the account-scoped one: the invited account accountId accepts the team’s invitation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    teamId: string;
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string;
                            accountName: string;
                            status: "pending" | "active";
                            invitedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{teamId}/members/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** The SPEC’s contract route (§6), beside the account-scoped one: leave (or decline) as accountId when the caller reaches it, else remove it, acting through the team's joined account where the caller manages (oldest first); every share with it in this team ends */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    teamId: string;
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The permission catalog: areas, permissions and preset roles, in catalog order
         * @description What a permission-matrix screen draws from: every label, description, requirement and preset role set comes from here.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areas: {
                                key: string;
                                label: string;
                            }[];
                            permissions: {
                                /** @description a permission key of the catalog */
                                key: string;
                                /** @description the key of its area */
                                area: string;
                                label: string;
                                /** @description what it allows */
                                description: string;
                                /** @description direct requirements only */
                                requires: string[];
                                /** @description a connection may never carry it (SPEC §1) */
                                adminArea: boolean;
                                /** @description set on a permission that hands out power (users, billing, API keys, export, bulk delete): what a holder can do with it, for a warning beside it; null otherwise */
                                power: string | null;
                            }[];
                            roles: {
                                /**
                                 * @description a preset role
                                 * @enum {unknown}
                                 */
                                key: "owner" | "admin" | "manager" | "author" | "collaborator" | "campaign_creator" | "data_manager" | "analyst" | "advanced_user" | "basic_user";
                                label: string;
                                /** @description catalog order */
                                permissions: string[];
                                /** @description the seed documents the role comes from */
                                seed: string[];
                                /** @description may be the role of a connection */
                                connection: boolean;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/abilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What you may do in this account, and through which paths */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string;
                            /** @description the caller (for an API key: its creator) */
                            userId: string;
                            /** @description what the caller holds here, in catalog order */
                            permissions: string[];
                            /** @description every path by which the caller reaches here */
                            paths: {
                                kind: "membership" | "cascade" | "connection" | "api_key";
                                /** @description the account whose membership (or connection, or key) the path starts from */
                                accountId: string;
                                /** @description null for a custom set or a key */
                                role: ("owner" | "admin" | "manager" | "author" | "collaborator" | "campaign_creator" | "data_manager" | "analyst" | "advanced_user" | "basic_user") | null;
                                /** @description what the path grants, catalog order */
                                permissions: string[];
                            }[];
                            /** @description an Owner here (itself or by cascade) */
                            owner: boolean;
                            /** @description the account (or one above it) requires two-factor authentication */
                            twoFactorRequired: boolean;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/access/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Allow or deny for a user and permission here, and the path that decides it
         * @description With `resource` (campaign:, group:, template: or contact:<id>), also the rules of that resource for the user (self_approval, own_campaigns_only, own_reports_only, sms_use, shared_read_only), and which one decided. A resource the account cannot see is 404.
         */
        get: {
            parameters: {
                query: {
                    userId: string;
                    permission: string;
                    /** @description type:id, e.g. campaign:<id> */
                    resource?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            userId: string;
                            accountId: string;
                            /** @description a permission key of the catalog */
                            permission: string;
                            allowed: boolean;
                            /** @description the paths that grant it; on a deny, every path the user has (none grants it) */
                            paths: {
                                kind: "membership" | "cascade" | "connection" | "api_key";
                                /** @description the account whose membership (or connection, or key) the path starts from */
                                accountId: string;
                                /** @description null for a custom set or a key */
                                role: ("owner" | "admin" | "manager" | "author" | "collaborator" | "campaign_creator" | "data_manager" | "analyst" | "advanced_user" | "basic_user") | null;
                                /** @description what the path grants, catalog order */
                                permissions: string[];
                            }[];
                            /** @description a permission key of the catalog */
                            missing?: string;
                            /** @description The resource asked about, type:id */
                            resource?: string;
                            /** @description With a resource: the rule that decided — the first that refuses, else the last checked (absent when no rule refuses and the permission is lacking, or no rule applies) */
                            rule?: string;
                            /** @description Why the deciding rule refuses */
                            reason?: string;
                            /** @description With a resource: every rule checked, in the order the service checks them */
                            rules?: {
                                /** @description A resource rule: self_approval, shared_read_only, … */
                                rule: string;
                                allowed: boolean;
                                /** @description Why it refuses (only on a refusal) */
                                reason?: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/access/who": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone who holds a permission here (or can reach a resource), and how */
        get: {
            parameters: {
                query?: {
                    permission?: string;
                    /** @description type:id, of a group, template or contact: group:<id> */
                    resource?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                userId: string;
                                email: string;
                                name: string;
                                /** @description everything the user holds here */
                                permissions: string[];
                                paths: ({
                                    kind: "membership" | "cascade" | "connection" | "api_key";
                                    /** @description the account whose membership (or connection, or key) the path starts from */
                                    accountId: string;
                                    /** @description null for a custom set or a key */
                                    role: ("owner" | "admin" | "manager" | "author" | "collaborator" | "campaign_creator" | "data_manager" | "analyst" | "advanced_user" | "basic_user") | null;
                                    /** @description what the path grants, catalog order */
                                    permissions: string[];
                                } | ({
                                    /** @enum {string} */
                                    kind: "share";
                                    /** @description the account it is shared into */
                                    accountId: string;
                                    ownerAccountId: string;
                                    groupId: string;
                                    basis: "team" | "subaccount";
                                    teamId: string | null;
                                } | {
                                    /** @enum {string} */
                                    kind: "share";
                                    /** @description the account it is shared into */
                                    accountId: string;
                                    ownerAccountId: string;
                                    templateId: string;
                                    basis: "team" | "subaccount";
                                    teamId: string | null;
                                } | {
                                    /** @enum {string} */
                                    kind: "share";
                                    /** @description the account it is shared into */
                                    accountId: string;
                                    ownerAccountId: string;
                                    contactId: string;
                                    basis: "team" | "subaccount";
                                    teamId: string | null;
                                }))[];
                                /** @description resource queries: the account the user reaches it through */
                                accountId?: string;
                                via?: "owner" | "share";
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live API keys (never their secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                accountId: string;
                                name: string;
                                /** @description permission keys, in catalog order */
                                permissions: string[];
                                /** @description the user whose permissions cap the key’s */
                                createdBy: string;
                                /** Format: date-time */
                                createdAt: string;
                                lastUsedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key with a subset of your permissions; the key is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        permissions: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            /** @description permission keys, in catalog order */
                            permissions: string[];
                            /** @description the user whose permissions cap the key’s */
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            lastUsedAt: string | null;
                            /** @description the secret key, shown only now */
                            key: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account’s audit log, newest first
         * @description Filters (optional, combined with "and"): actor (a user id or email), action (exact, or the family before the dot), targetType, targetId, from (inclusive) and to (exclusive) instants.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description a user id, or the email address the user signs in with */
                    actor?: string;
                    /** @description an action (`member.updated`), or its family before the dot (`member`) */
                    action?: string;
                    /** @description e.g. campaign, member, api_key */
                    targetType?: string;
                    /** @description the target’s id */
                    targetId?: string;
                    /** @description from this instant on */
                    from?: string;
                    /** @description before this instant */
                    to?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description the entry’s sequence number; the cursor of the next page */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    userId: string | null;
                                    kind: "user" | "api_key" | "system";
                                    email: string | null;
                                };
                                /** @description e.g. member.updated, api_key.created */
                                action: string;
                                target: {
                                    type: string;
                                    id: string;
                                } | null;
                                path: {
                                    kind: "membership" | "cascade" | "connection" | "api_key";
                                    /** @description the account the membership, connection or key is in */
                                    accountId: string;
                                    role: string | null;
                                }[] | null;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                ip: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account’s audit log as CSV, newest first, streamed (the export is audited)
         * @description Filters (optional, combined with "and"): actor (a user id or email), action (exact, or the family before the dot), targetType, targetId, from (inclusive) and to (exclusive) instants. Columns: at, actor, actorKind, action, targetType, targetId, ip, details (JSON). Cells starting with = + - @, tab or NUL are prefixed with an apostrophe.
         */
        get: {
            parameters: {
                query?: {
                    /** @description a user id, or the email address the user signs in with */
                    actor?: string;
                    /** @description an action (`member.updated`), or its family before the dot (`member`) */
                    action?: string;
                    /** @description e.g. campaign, member, api_key */
                    targetType?: string;
                    /** @description the target’s id */
                    targetId?: string;
                    /** @description from this instant on */
                    from?: string;
                    /** @description before this instant */
                    to?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts, a page at a time (keyset cursor) */
        get: {
            parameters: {
                query?: {
                    /** @description part of the email, name or phone */
                    q?: string;
                    groupId?: string;
                    segmentId?: string;
                    /** @description a tag name */
                    tag?: string;
                    emailStatus?: "subscribed" | "unsubscribed" | "pending";
                    smsStatus?: "subscribed" | "unsubscribed" | "pending";
                    /** @description a custom field key */
                    field?: string;
                    /** @description the value `field` equals; without it, contacts with any value in `field` */
                    fieldValue?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: string;
                                email: string | null;
                                phone: string | null;
                                firstName: string | null;
                                lastName: string | null;
                                /** @description custom field key → value, typed by the field: text and date (YYYY-MM-DD) as strings, numbers, booleans; null: no value */
                                fields: {
                                    [key: string]: string | number | boolean | null;
                                };
                                /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                                emailStatus: "subscribed" | "unsubscribed" | "pending";
                                /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                                smsStatus: "subscribed" | "unsubscribed" | "pending";
                                /** @description the own groups the contact is in */
                                groupIds: string[];
                                /** @description tag names, in name order */
                                tags: string[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | {
                                id: string;
                                email: string | null;
                                phone: string | null;
                                firstName: string | null;
                                lastName: string | null;
                                /** @description custom field key → value, typed by the field: text and date (YYYY-MM-DD) as strings, numbers, booleans; null: no value */
                                fields: {
                                    [key: string]: string | number | boolean | null;
                                };
                                /** @enum {boolean} */
                                shared: true;
                                /** @description the account that owns the contact */
                                ownerAccountId: string;
                            })[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a contact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string | null;
                        phone?: string | null;
                        firstName?: string | null;
                        lastName?: string | null;
                        fields?: {
                            [key: string]: unknown;
                        };
                        groupIds?: string[];
                        tags?: string[];
                        emailStatus?: "subscribed" | "unsubscribed";
                        smsStatus?: "subscribed" | "unsubscribed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string | null;
                            phone: string | null;
                            firstName: string | null;
                            lastName: string | null;
                            /** @description custom field key → value, typed by the field: text and date (YYYY-MM-DD) as strings, numbers, booleans; null: no value */
                            fields: {
                                [key: string]: string | number | boolean | null;
                            };
                            /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                            emailStatus: "subscribed" | "unsubscribed" | "pending";
                            /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                            smsStatus: "subscribed" | "unsubscribed" | "pending";
                            /** @description the own groups the contact is in */
                            groupIds: string[];
                            /** @description tag names, in name order */
                            tags: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many own contacts a filter of the contacts list matches */
        get: {
            parameters: {
                query?: {
                    /** @description part of the email, name or phone */
                    q?: string;
                    groupId?: string;
                    segmentId?: string;
                    /** @description a tag name */
                    tag?: string;
                    emailStatus?: "subscribed" | "unsubscribed" | "pending";
                    smsStatus?: "subscribed" | "unsubscribed" | "pending";
                    /** @description a custom field key */
                    field?: string;
                    /** @description the value `field` equals; without it, contacts with any value in `field` */
                    fieldValue?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/bulk-update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add contacts to a group, remove them from it, or tag them, all at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            /** @description targetGroupId for add_to_group and remove_from_group, tag for add_tag; the contacts: exactly one of groupId, segmentId, contactIds, filter */
            requestBody: {
                content: {
                    "application/json": {
                        action: "add_to_group" | "remove_from_group" | "add_tag";
                        targetGroupId?: string;
                        tag?: string;
                        groupId?: string;
                        segmentId?: string;
                        contactIds?: string[];
                        filter?: {
                            /** @description part of the email, name or phone */
                            q?: string;
                            groupId?: string;
                            segmentId?: string;
                            /** @description a tag name */
                            tag?: string;
                            emailStatus?: "subscribed" | "unsubscribed" | "pending";
                            smsStatus?: "subscribed" | "unsubscribed" | "pending";
                            /** @description a custom field key */
                            field?: string;
                            /** @description the value `field` equals; without it, contacts with any value in `field` */
                            fieldValue?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description contacts changed (already in the group or tagged: not counted) */
                            affected: number;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact (one shared in by an ancestor account: basic fields, read-only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string | null;
                            phone: string | null;
                            firstName: string | null;
                            lastName: string | null;
                            /** @description custom field key → value, typed by the field: text and date (YYYY-MM-DD) as strings, numbers, booleans; null: no value */
                            fields: {
                                [key: string]: string | number | boolean | null;
                            };
                            /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                            emailStatus: "subscribed" | "unsubscribed" | "pending";
                            /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                            smsStatus: "subscribed" | "unsubscribed" | "pending";
                            /** @description the own groups the contact is in */
                            groupIds: string[];
                            /** @description tag names, in name order */
                            tags: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } | {
                            id: string;
                            email: string | null;
                            phone: string | null;
                            firstName: string | null;
                            lastName: string | null;
                            /** @description custom field key → value, typed by the field: text and date (YYYY-MM-DD) as strings, numbers, booleans; null: no value */
                            fields: {
                                [key: string]: string | number | boolean | null;
                            };
                            /** @enum {boolean} */
                            shared: true;
                            /** @description the account that owns the contact */
                            ownerAccountId: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a contact */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit a contact (an unsubscribe is never lifted here) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string | null;
                        phone?: string | null;
                        firstName?: string | null;
                        lastName?: string | null;
                        fields?: {
                            [key: string]: unknown;
                        };
                        groupIds?: string[];
                        tags?: string[];
                        emailStatus?: "subscribed" | "unsubscribed";
                        smsStatus?: "subscribed" | "unsubscribed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string | null;
                            phone: string | null;
                            firstName: string | null;
                            lastName: string | null;
                            /** @description custom field key → value, typed by the field: text and date (YYYY-MM-DD) as strings, numbers, booleans; null: no value */
                            fields: {
                                [key: string]: string | number | boolean | null;
                            };
                            /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                            emailStatus: "subscribed" | "unsubscribed" | "pending";
                            /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                            smsStatus: "subscribed" | "unsubscribed" | "pending";
                            /** @description the own groups the contact is in */
                            groupIds: string[];
                            /** @description tag names, in name order */
                            tags: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/{contactId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact’s email, SMS and bounce history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description what happened: sent, send_failed, a campaign event (delivered, opened, clicked, bounced, complained, unsubscribed…) or a contact event (consent.confirmed…) */
                                type: string;
                                channel: ("email" | "sms") | null;
                                /** Format: date-time */
                                at: string;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/{contactId}/resubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift an unsubscribe (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channel: "email" | "sms";
                    };
                };
            };
            responses: {
                /** @description The contact, when it is the account’s own; for a contact of a shared-in group, the unsubscribe lifted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string | null;
                            phone: string | null;
                            firstName: string | null;
                            lastName: string | null;
                            /** @description custom field key → value, typed by the field: text and date (YYYY-MM-DD) as strings, numbers, booleans; null: no value */
                            fields: {
                                [key: string]: string | number | boolean | null;
                            };
                            /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                            emailStatus: "subscribed" | "unsubscribed" | "pending";
                            /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                            smsStatus: "subscribed" | "unsubscribed" | "pending";
                            /** @description the own groups the contact is in */
                            groupIds: string[];
                            /** @description tag names, in name order */
                            tags: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } | {
                            contactId: string;
                            ownerAccountId: string;
                            channel: "email" | "sms";
                            /** @enum {boolean} */
                            lifted: true;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/bulk-delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete the contacts of a group, a segment, a list of ids or a filter */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            /** @description exactly one of: groupId, segmentId, contactIds, or filter (everything the contacts table filter matches, not only a page) */
            requestBody: {
                content: {
                    "application/json": {
                        groupId?: string;
                        segmentId?: string;
                        contactIds?: string[];
                        filter?: {
                            /** @description part of the email, name or phone */
                            q?: string;
                            groupId?: string;
                            segmentId?: string;
                            /** @description a tag name */
                            tag?: string;
                            emailStatus?: "subscribed" | "unsubscribed" | "pending";
                            smsStatus?: "subscribed" | "unsubscribed" | "pending";
                            /** @description a custom field key */
                            field?: string;
                            /** @description the value `field` equals; without it, contacts with any value in `field` */
                            fieldValue?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted: number;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Custom contact fields */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                label: string;
                                type: "text" | "number" | "date" | "boolean";
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Define a custom field and its type */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        key: string;
                        label?: string;
                        type: "text" | "number" | "date" | "boolean";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                            label: string;
                            type: "text" | "number" | "date" | "boolean";
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opt-in setting: single or double */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            optIn: "single" | "double";
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Choose single or double opt-in for contacts added by forms and the API */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        optIn: "single" | "double";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            optIn: "single" | "double";
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own groups and groups shared in (shared: true, read-only), with their sizes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                description: string;
                                memberCount: number;
                                /** @description shared in by its owner account: read-only here */
                                shared: boolean;
                                ownerAccountId: string;
                                /** Format: date-time */
                                createdAt: string;
                                abilities: {
                                    /** @description shared in by its owner account */
                                    shared: boolean;
                                    /** @description shared in: only its owner account changes it */
                                    readOnly: boolean;
                                    /** @description rename, describe, change members */
                                    edit: boolean;
                                    /** @description share with other accounts */
                                    share: boolean;
                                    /** @description delete it; a shared-in group leaves this account’s list (its share ends) */
                                    remove: boolean;
                                    /** @description export its contacts (its owner account only) */
                                    export: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string;
                            memberCount: number;
                            /** @description shared in by its owner account: read-only here */
                            shared: boolean;
                            ownerAccountId: string;
                            /** Format: date-time */
                            createdAt: string;
                            abilities: {
                                /** @description shared in by its owner account */
                                shared: boolean;
                                /** @description shared in: only its owner account changes it */
                                readOnly: boolean;
                                /** @description rename, describe, change members */
                                edit: boolean;
                                /** @description share with other accounts */
                                share: boolean;
                                /** @description delete it; a shared-in group leaves this account’s list (its share ends) */
                                remove: boolean;
                                /** @description export its contacts (its owner account only) */
                                export: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string;
                            memberCount: number;
                            /** @description shared in by its owner account: read-only here */
                            shared: boolean;
                            ownerAccountId: string;
                            /** Format: date-time */
                            createdAt: string;
                            abilities: {
                                /** @description shared in by its owner account */
                                shared: boolean;
                                /** @description shared in: only its owner account changes it */
                                readOnly: boolean;
                                /** @description rename, describe, change members */
                                edit: boolean;
                                /** @description share with other accounts */
                                share: boolean;
                                /** @description delete it; a shared-in group leaves this account’s list (its share ends) */
                                remove: boolean;
                                /** @description export its contacts (its owner account only) */
                                export: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a group (not its contacts); a shared-in group leaves this account’s list */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename or describe a group */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string;
                            memberCount: number;
                            /** @description shared in by its owner account: read-only here */
                            shared: boolean;
                            ownerAccountId: string;
                            /** Format: date-time */
                            createdAt: string;
                            abilities: {
                                /** @description shared in by its owner account */
                                shared: boolean;
                                /** @description shared in: only its owner account changes it */
                                readOnly: boolean;
                                /** @description rename, describe, change members */
                                edit: boolean;
                                /** @description share with other accounts */
                                share: boolean;
                                /** @description delete it; a shared-in group leaves this account’s list (its share ends) */
                                remove: boolean;
                                /** @description export its contacts (its owner account only) */
                                export: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups/{groupId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group’s contacts, a page at a time */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Full contacts for an own group; the basic data only through a share */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                email: string | null;
                                phone: string | null;
                                firstName: string | null;
                                lastName: string | null;
                                /** @description custom field key → value, typed by the field: text and date (YYYY-MM-DD) as strings, numbers, booleans; null: no value */
                                fields: {
                                    [key: string]: string | number | boolean | null;
                                };
                                /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                                emailStatus: "subscribed" | "unsubscribed" | "pending";
                                /** @description pending: double opt-in, waiting for the contact to confirm (email only) */
                                smsStatus: "subscribed" | "unsubscribed" | "pending";
                                /** @description the own groups the contact is in */
                                groupIds: string[];
                                /** @description tag names, in name order */
                                tags: string[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        } | {
                            items: {
                                id: string;
                                email: string | null;
                                phone: string | null;
                                firstName: string | null;
                                lastName: string | null;
                                /** @description custom field key → value, typed by the field: text and date (YYYY-MM-DD) as strings, numbers, booleans; null: no value */
                                fields: {
                                    [key: string]: string | number | boolean | null;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups/{groupId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add contacts to the group and remove others */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        add?: string[];
                        remove?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string;
                            memberCount: number;
                            /** @description shared in by its owner account: read-only here */
                            shared: boolean;
                            ownerAccountId: string;
                            /** Format: date-time */
                            createdAt: string;
                            abilities: {
                                /** @description shared in by its owner account */
                                shared: boolean;
                                /** @description shared in: only its owner account changes it */
                                readOnly: boolean;
                                /** @description rename, describe, change members */
                                edit: boolean;
                                /** @description share with other accounts */
                                share: boolean;
                                /** @description delete it; a shared-in group leaves this account’s list (its share ends) */
                                remove: boolean;
                                /** @description export its contacts (its owner account only) */
                                export: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/shared-contacts/unsubscribes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unsubscribes this account holds for contacts shared in, through groups or one by one (lift them with …/contacts/{id}/resubscribe) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contactId: string;
                                /** @description the account that owns the contact */
                                ownerAccountId: string;
                                channel: "email" | "sms";
                                address: string;
                                /** @description how the unsubscribe came: campaign, api, import… */
                                source: string;
                                /** Format: date-time */
                                unsubscribedAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups/{groupId}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounts an own group is shared with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                groupId: string;
                                ownerAccountId: string;
                                /** @description the account the group is shared with */
                                accountId: string;
                                accountName: string;
                                /** @description a team mate account of a common team, or a sub-account of the owner */
                                basis: "team" | "subaccount";
                                teamId: string | null;
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description What the caller may do with the share */
                                abilities: {
                                    /** @description DELETE the share: groups.manage in the owner account */
                                    remove: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Share an own group with a team mate account or a sub-account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groupId: string;
                            ownerAccountId: string;
                            /** @description the account the group is shared with */
                            accountId: string;
                            accountName: string;
                            /** @description a team mate account of a common team, or a sub-account of the owner */
                            basis: "team" | "subaccount";
                            teamId: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description What the caller may do with the share */
                            abilities: {
                                /** @description DELETE the share: groups.manage in the owner account */
                                remove: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups/{groupId}/shares/{targetAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sharing an own group with an account */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    groupId: string;
                    targetAccountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/group-shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shares of all the account’s own groups, or of those made in one team (at most 500) */
        get: {
            parameters: {
                query?: {
                    teamId?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description by account name, at most 500 */
                            items: {
                                groupId: string;
                                ownerAccountId: string;
                                /** @description the account the group is shared with */
                                accountId: string;
                                accountName: string;
                                /** @description a team mate account of a common team, or a sub-account of the owner */
                                basis: "team" | "subaccount";
                                teamId: string | null;
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description What the caller may do with the share */
                                abilities: {
                                    /** @description DELETE the share: groups.manage in the owner account */
                                    remove: boolean;
                                };
                            }[];
                            /** @description true when there are more than 500 shares */
                            truncated: boolean;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups/{groupId}/share-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounts an own group may be shared with: team mates of a common team and sub-accounts (at most 500) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description by account name, at most 500 */
                            items: {
                                accountId: string;
                                accountName: string;
                                /** @description a team mate account of a common team, or a sub-account of the owner */
                                basis: "team" | "subaccount";
                                teamId: string | null;
                                teamName: string | null;
                            }[];
                            /** @description true when there are more than 500 targets */
                            truncated: boolean;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/{contactId}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sub-accounts an own contact is shared with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contactId: string;
                                ownerAccountId: string;
                                /** @description the sub-account the contact is shared with */
                                accountId: string;
                                accountName: string;
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description What the caller may do with the share */
                                abilities: {
                                    /** @description DELETE the share: contacts.edit in the owner account */
                                    remove: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Share an own contact, read-only and with its basic fields only, with a sub-account of this account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contactId: string;
                            ownerAccountId: string;
                            /** @description the sub-account the contact is shared with */
                            accountId: string;
                            accountName: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description What the caller may do with the share */
                            abilities: {
                                /** @description DELETE the share: contacts.edit in the owner account */
                                remove: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/{contactId}/shares/{targetAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sharing an own contact with a sub-account */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    contactId: string;
                    targetAccountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a tag */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a tag */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    tagId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a tag */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    tagId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Segments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                /** @description {"all"|"any": [{field, op, value} | nested filter]}; ops: eq, neq, contains, starts_with, gt, lt, exists, in_group, not_in_group, tagged */
                                filter: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a filter as a segment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description {"all"|"any": [{field, op, value} | nested filter]}; ops: eq, neq, contains, starts_with, gt, lt, exists, in_group, not_in_group, tagged */
                        filter: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description {"all"|"any": [{field, op, value} | nested filter]}; ops: eq, neq, contains, starts_with, gt, lt, exists, in_group, not_in_group, tagged */
                            filter: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/segments/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many contacts a filter not saved yet matches */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description {"all"|"any": [{field, op, value} | nested filter]}; ops: eq, neq, contains, starts_with, gt, lt, exists, in_group, not_in_group, tagged */
                        filter: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/segments/{segmentId}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duplicate a segment (named “<name> (copy)” unless a name is given) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    segmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description {"all"|"any": [{field, op, value} | nested filter]}; ops: eq, neq, contains, starts_with, gt, lt, exists, in_group, not_in_group, tagged */
                            filter: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/segments/{segmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A segment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    segmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description {"all"|"any": [{field, op, value} | nested filter]}; ops: eq, neq, contains, starts_with, gt, lt, exists, in_group, not_in_group, tagged */
                            filter: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a segment */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    segmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a segment or change its filter */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    segmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description {"all"|"any": [{field, op, value} | nested filter]}; ops: eq, neq, contains, starts_with, gt, lt, exists, in_group, not_in_group, tagged */
                        filter?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description {"all"|"any": [{field, op, value} | nested filter]}; ops: eq, neq, contains, starts_with, gt, lt, exists, in_group, not_in_group, tagged */
                            filter: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/segments/{segmentId}/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many contacts match */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    segmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/blocklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s blocklist (q: part of an address) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                channel: "email" | "sms";
                                /** @description normalised: a lower-case email or an E.164 number */
                                address: string;
                                reason: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Block an address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channel: "email" | "sms";
                        address: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: "email" | "sms";
                            /** @description normalised: a lower-case email or an E.164 number */
                            address: string;
                            reason: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/blocklist/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unblock an address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channel: "email" | "sms";
                        address: string;
                    };
                };
            };
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/unsubscribes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unsubscribes this account holds, own and shared-in contacts alike, newest first (keyset cursor) */
        get: {
            parameters: {
                query?: {
                    /** @description part of an address */
                    q?: string;
                    channel?: "email" | "sms";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                channel: "email" | "sms";
                                /** @description normalised: a lower-case email or an E.164 number */
                                address: string;
                                /** Format: date-time */
                                unsubscribedAt: string;
                                /** @description link: the unsubscribe link of a campaign; manual: set through the API or the app; provider: reported by the mail or SMS provider */
                                how: "link" | "manual" | "provider" | "other";
                                /** @description as recorded: api, provider, campaign:<id>… */
                                source: string;
                                campaignId: string | null;
                                /** @description the address is a contact shared with this account, through a group or one by one */
                                sharedIn: boolean;
                                contactId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/unsubscribes/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift one of this account’s unsubscribes by address (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channel: "email" | "sms";
                        address: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: "email" | "sms";
                            address: string;
                            /** @enum {boolean} */
                            lifted: true;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/suppression": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** May this account send to this address on this channel, and if not, why */
        get: {
            parameters: {
                query: {
                    channel: "email" | "sms";
                    address: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: "email" | "sms";
                            /** @description the address as normalised */
                            address: string;
                            allowed: boolean;
                            /** @description why not, when allowed is false (bounces and complaints: every account) */
                            reason?: "unsubscribed" | "blocklisted" | "hard_bounce" | "complaint";
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import contacts from a CSV file (202, runs in the background)
         * @description Body: the CSV file as `text/csv`, or `multipart/form-data` with one file field.
         *     The header row names the columns: email, phone, firstName, lastName (case-insensitive; aliases
         *     such as first_name, "First Name", surname, mobile are understood); any other header fills a custom
         *     field (a new one is created as text). Contacts are upserted by email, email-less rows by phone; an
         *     import never changes a subscription status, and an empty cell keeps the contact's value.
         *     Answers 202 at once; the import runs in the background (see GET …/imports/{importId}).
         *     Limits (README): a file over CHORUS_IMPORT_MAX_BYTES (100 MiB) is 413; past CHORUS_IMPORT_MAX_ROWS
         *     rows (1,000,000, blank lines included) the import fails and the rows before stay; an account with
         *     CHORUS_IMPORT_MAX_ACTIVE imports (1) queued or running gets 409 with reason import_in_progress.
         */
        post: {
            parameters: {
                query?: {
                    groupId?: string;
                    /** @description JSON: one entry per header column, as POST …/imports/preview proposes them ({kind: email | phone | firstName | lastName | ignored} or {kind: field, key, type}); a new key creates a custom field of that type. Without it, columns are mapped automatically. */
                    mapping?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The header, first rows and automatic column mapping of a CSV file
         * @description Send the start of the file (at most 1 MiB, whole lines) as for an import. Nothing is stored: the answer is what the import screen shows before the upload.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            header: string[];
                            /** @description the first data rows, as read */
                            rows: string[][];
                            /** @description the automatic mapping, one entry per header column */
                            columns: ({
                                kind: "email" | "phone" | "firstName" | "lastName" | "ignored";
                            } | {
                                /** @enum {string} */
                                kind: "field";
                                /** @description a custom field key; a new one is created */
                                key: string;
                                type?: "text" | "number" | "date" | "boolean";
                            })[];
                            problem: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/imports/{importId}/rejected.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rows an import refused, as a CSV to fix and import again (streamed)
         * @description The file’s own columns, then "Import error" (why) and "Import row" (1 is the first data row); an import ignores both. At most the first 10,000 refused rows.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress and row errors of an import
         * @description status: queued | running | done | failed | cancelled. processed counts data rows read,
         *     imported the new contacts, updated the existing ones, failed the rows refused. errors (the first
         *     1,000) are {row, field, message}; row 1 is the first data row after the header (a record, so a
         *     quoted cell spanning lines is still one row). message says why a failed import stopped; the
         *     batches before the failure stay imported.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "queued" | "running" | "done" | "failed" | "cancelled";
                            groupId: string | null;
                            /** @description data rows read */
                            processed: number;
                            /** @description new contacts */
                            imported: number;
                            /** @description existing contacts updated */
                            updated: number;
                            /** @description rows refused */
                            failed: number;
                            /** @description the first 1,000 row errors */
                            errors: {
                                /** @description 1 is the first data row after the header */
                                row: number;
                                field?: string;
                                message: string;
                            }[];
                            message: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/imports/{importId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a queued or running import (the rows imported so far stay)
         * @description A running import stops after the batch in flight; the answer is the import as it ended (status cancelled). Cancelling again answers the same; a finished import is 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "queued" | "running" | "done" | "failed" | "cancelled";
                            groupId: string | null;
                            /** @description data rows read */
                            processed: number;
                            /** @description new contacts */
                            imported: number;
                            /** @description existing contacts updated */
                            updated: number;
                            /** @description rows refused */
                            failed: number;
                            /** @description the first 1,000 row errors */
                            errors: {
                                /** @description 1 is the first data row after the header */
                                row: number;
                                field?: string;
                                message: string;
                            }[];
                            message: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export contacts as CSV (all, or a filter of the contacts list), streamed
         * @description Columns: email, phone, firstName, lastName, emailStatus, smsStatus, then every custom field in key order. Cells starting with = + - @, tab or NUL are prefixed with an apostrophe so spreadsheets do not run them; an import strips it again.
         */
        get: {
            parameters: {
                query?: {
                    /** @description part of the email, name or phone */
                    q?: string;
                    groupId?: string;
                    segmentId?: string;
                    /** @description a tag name */
                    tag?: string;
                    emailStatus?: "subscribed" | "unsubscribed" | "pending";
                    smsStatus?: "subscribed" | "unsubscribed" | "pending";
                    /** @description a custom field key */
                    field?: string;
                    /** @description the value `field` equals; without it, contacts with any value in `field` */
                    fieldValue?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own templates and templates shared in by an ancestor (shared: true, read-only) */
        get: {
            parameters: {
                query?: {
                    category?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description The account that owns the template */
                                accountId: string;
                                name: string;
                                category: string | null;
                                channel: "email" | "sms";
                                /** @description The subject line (Liquid) */
                                subject: string;
                                /** @description The HTML body (Liquid) */
                                html: string;
                                /** @description The plain-text body, or the message of an SMS template */
                                text: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** @description Shared in by an ancestor account: read-only here (its owner changes it) */
                                shared: boolean;
                                /** @description The same as accountId */
                                ownerAccountId: string;
                                /** @description What the caller may do with the template, from the rules the routes enforce (a template shared in is read-only) */
                                abilities: {
                                    /** @description PATCH: templates.manage, and not shared in */
                                    edit: boolean;
                                    /** @description DELETE: templates.manage, and not shared in */
                                    delete: boolean;
                                    /** @description share it down to sub-accounts: templates.admin, and not shared in */
                                    share: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a template (invalid Liquid is 422 naming the field) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description A free-form category; empty or null for none */
                        category?: string | null;
                        channel?: "email" | "sms";
                        /** @description The subject line (Liquid) */
                        subject?: string;
                        /** @description The HTML body; outputs are HTML-escaped (`| raw` opts out) (Liquid) */
                        html?: string;
                        /** @description The plain-text body, or the message of an SMS template (Liquid) */
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description The account that owns the template */
                            accountId: string;
                            name: string;
                            category: string | null;
                            channel: "email" | "sms";
                            /** @description The subject line (Liquid) */
                            subject: string;
                            /** @description The HTML body (Liquid) */
                            html: string;
                            /** @description The plain-text body, or the message of an SMS template */
                            text: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Shared in by an ancestor account: read-only here (its owner changes it) */
                            shared: boolean;
                            /** @description The same as accountId */
                            ownerAccountId: string;
                            /** @description What the caller may do with the template, from the rules the routes enforce (a template shared in is read-only) */
                            abilities: {
                                /** @description PATCH: templates.manage, and not shared in */
                                edit: boolean;
                                /** @description DELETE: templates.manage, and not shared in */
                                delete: boolean;
                                /** @description share it down to sub-accounts: templates.admin, and not shared in */
                                share: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/template-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The distinct categories of the templates the account sees */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Distinct category names, in order */
                            items: string[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A template (own or shared in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description The account that owns the template */
                            accountId: string;
                            name: string;
                            category: string | null;
                            channel: "email" | "sms";
                            /** @description The subject line (Liquid) */
                            subject: string;
                            /** @description The HTML body (Liquid) */
                            html: string;
                            /** @description The plain-text body, or the message of an SMS template */
                            text: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Shared in by an ancestor account: read-only here (its owner changes it) */
                            shared: boolean;
                            /** @description The same as accountId */
                            ownerAccountId: string;
                            /** @description What the caller may do with the template, from the rules the routes enforce (a template shared in is read-only) */
                            abilities: {
                                /** @description PATCH: templates.manage, and not shared in */
                                edit: boolean;
                                /** @description DELETE: templates.manage, and not shared in */
                                delete: boolean;
                                /** @description share it down to sub-accounts: templates.admin, and not shared in */
                                share: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an own template and its shares (a shared-in one is read-only: 409) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit an own template (a shared-in one is read-only: 409) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description A free-form category; empty or null for none */
                        category?: string | null;
                        channel?: "email" | "sms";
                        /** @description The subject line (Liquid) */
                        subject?: string;
                        /** @description The HTML body; outputs are HTML-escaped (`| raw` opts out) (Liquid) */
                        html?: string;
                        /** @description The plain-text body, or the message of an SMS template (Liquid) */
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description The account that owns the template */
                            accountId: string;
                            name: string;
                            category: string | null;
                            channel: "email" | "sms";
                            /** @description The subject line (Liquid) */
                            subject: string;
                            /** @description The HTML body (Liquid) */
                            html: string;
                            /** @description The plain-text body, or the message of an SMS template */
                            text: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Shared in by an ancestor account: read-only here (its owner changes it) */
                            shared: boolean;
                            /** @description The same as accountId */
                            ownerAccountId: string;
                            /** @description What the caller may do with the template, from the rules the routes enforce (a template shared in is read-only) */
                            abilities: {
                                /** @description PATCH: templates.manage, and not shared in */
                                edit: boolean;
                                /** @description DELETE: templates.manage, and not shared in */
                                delete: boolean;
                                /** @description share it down to sub-accounts: templates.admin, and not shared in */
                                share: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/templates/{templateId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The HTML body rendered for a sample contact, or for one of the account's contacts (contactId, with contacts.view), as text/html with a sandboxing CSP (show it in a sandboxed iframe only) */
        get: {
            parameters: {
                query?: {
                    contactId?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description HTML under a sandboxing Content-Security-Policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/templates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unsaved work (the editor’s subject and bodies) rendered as a saved template’s preview is, for a sample contact or one of the account’s contacts (contactId, with contacts.view): same limits and placeholders, invalid Liquid 422 naming the field, nothing stored */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channel?: "email" | "sms";
                        /** @description The subject line (Liquid) */
                        subject?: string;
                        /** @description The HTML body; outputs are HTML-escaped (`| raw` opts out) (Liquid) */
                        html?: string;
                        /** @description The plain-text body, or the message of an SMS template (Liquid) */
                        text?: string;
                        /** @description One of the account's contacts (contacts.view) */
                        contactId?: string;
                    };
                };
            };
            responses: {
                /** @description HTML under a sandboxing Content-Security-Policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/templates/{templateId}/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check template variables: each variable the template reads and whether the account has it (contact field, custom field, placeholder) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description As written: firstName, fields.plan, placeholder.footer, unsubscribeUrl… */
                                name: string;
                                /** @description A standard contact field, a custom field of the account, a placeholder of the account, a value the platform supplies, or none of these (it prints nothing) */
                                kind: "standard" | "custom" | "placeholder" | "platform" | "unknown";
                                /** @description False for an unknown variable */
                                exists: boolean;
                                usedIn: ("subject" | "html" | "text")[];
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/templates/{templateId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the template, rendered for a sample contact, to every tester of the account (409 no_testers when there is none) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Messages the mail server took, one per tester */
                            sent: number;
                            /** @description Testers left out because the account may not mail them */
                            skipped: {
                                email: string;
                                reason: "unsubscribed" | "blocklisted" | "hard_bounce" | "complaint";
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/templates/{templateId}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sub-accounts an own template is shared with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                templateId: string;
                                ownerAccountId: string;
                                /** @description The sub-account the template is shared with */
                                accountId: string;
                                /** @description The name of that sub-account */
                                accountName: string;
                                /** @description The user who shared it */
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description What the caller may do with the share */
                                abilities: {
                                    /** @description DELETE the share: templates.admin in the owner account */
                                    remove: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Share an own template, read-only, with a sub-account of this account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            templateId: string;
                            ownerAccountId: string;
                            /** @description The sub-account the template is shared with */
                            accountId: string;
                            /** @description The name of that sub-account */
                            accountName: string;
                            /** @description The user who shared it */
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description What the caller may do with the share */
                            abilities: {
                                /** @description DELETE the share: templates.admin in the owner account */
                                remove: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/templates/{templateId}/shares/{targetAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sharing an own template with a sub-account */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    templateId: string;
                    targetAccountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/senders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sender addresses campaigns may use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description Trimmed and lower-cased */
                                email: string;
                                name: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description Campaigns may send from it */
                                verified: boolean;
                                /** @description By a verified sender domain of the account, or by the link mailed to the address */
                                verifiedBy: ("domain" | "confirmation") | null;
                                /** @description When the last confirmation link was mailed */
                                confirmationSentAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a sender address (one per address and account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Trimmed and lower-cased */
                            email: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Campaigns may send from it */
                            verified: boolean;
                            /** @description By a verified sender domain of the account, or by the link mailed to the address */
                            verifiedBy: ("domain" | "confirmation") | null;
                            /** @description When the last confirmation link was mailed */
                            confirmationSentAt: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/senders/{senderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sender address */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    senderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Trimmed and lower-cased */
                            email: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Campaigns may send from it */
                            verified: boolean;
                            /** @description By a verified sender domain of the account, or by the link mailed to the address */
                            verifiedBy: ("domain" | "confirmation") | null;
                            /** @description When the last confirmation link was mailed */
                            confirmationSentAt: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a sender address */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    senderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a sender address or name */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    senderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Trimmed and lower-cased */
                            email: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Campaigns may send from it */
                            verified: boolean;
                            /** @description By a verified sender domain of the account, or by the link mailed to the address */
                            verifiedBy: ("domain" | "confirmation") | null;
                            /** @description When the last confirmation link was mailed */
                            confirmationSentAt: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/senders/{senderId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sender as verified (by a verified domain or its confirmation link), else a new confirmation link is mailed to it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    senderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Trimmed and lower-cased */
                            email: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Campaigns may send from it */
                            verified: boolean;
                            /** @description By a verified sender domain of the account, or by the link mailed to the address */
                            verifiedBy: ("domain" | "confirmation") | null;
                            /** @description When the last confirmation link was mailed */
                            confirmationSentAt: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/senders/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a sender address with the token of the link mailed to it (once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** @enum {boolean} */
                            verified: true;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/testers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Test recipients */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description Trimmed and lower-cased */
                                email: string;
                                name: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a test recipient (one per address and account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Trimmed and lower-cased */
                            email: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/testers/{testerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A test recipient */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    testerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Trimmed and lower-cased */
                            email: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a test recipient */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    testerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a test recipient */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    testerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Trimmed and lower-cased */
                            email: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/placeholders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Placeholders, by name; q searches names and descriptions */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                accountId: string;
                                /** @description Letters, digits and _; printed as {{ placeholder.<name> }} in templates and campaigns */
                                name: string;
                                /** @description What the placeholder prints */
                                defaultValue: string;
                                description: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** @description What the caller may do with the placeholder */
                                abilities: {
                                    /** @description PATCH: templates.manage */
                                    edit: boolean;
                                    /** @description DELETE: templates.manage */
                                    delete: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a placeholder (one per name) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        defaultValue?: string;
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            /** @description Letters, digits and _; printed as {{ placeholder.<name> }} in templates and campaigns */
                            name: string;
                            /** @description What the placeholder prints */
                            defaultValue: string;
                            description: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description What the caller may do with the placeholder */
                            abilities: {
                                /** @description PATCH: templates.manage */
                                edit: boolean;
                                /** @description DELETE: templates.manage */
                                delete: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/placeholders/{placeholderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A placeholder */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    placeholderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            /** @description Letters, digits and _; printed as {{ placeholder.<name> }} in templates and campaigns */
                            name: string;
                            /** @description What the placeholder prints */
                            defaultValue: string;
                            description: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description What the caller may do with the placeholder */
                            abilities: {
                                /** @description PATCH: templates.manage */
                                edit: boolean;
                                /** @description DELETE: templates.manage */
                                delete: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a placeholder (messages printing it print nothing there) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    placeholderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a placeholder or change its default value */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    placeholderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        defaultValue?: string;
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            /** @description Letters, digits and _; printed as {{ placeholder.<name> }} in templates and campaigns */
                            name: string;
                            /** @description What the placeholder prints */
                            defaultValue: string;
                            description: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description What the caller may do with the placeholder */
                            abilities: {
                                /** @description PATCH: templates.manage */
                                edit: boolean;
                                /** @description DELETE: templates.manage */
                                delete: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sender domains with their DNS records */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description Lower-case A-labels */
                                domain: string;
                                /** @description Its DKIM record carries our key: mail from it is signed */
                                verified: boolean;
                                verifiedAt: string | null;
                                lastCheckedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description The DKIM selector */
                                selector: string;
                                /** @description The records to publish */
                                records: {
                                    /** @enum {string} */
                                    type: "TXT";
                                    /** @description Where to publish it */
                                    name: string;
                                    value: string;
                                    purpose: "spf" | "dkim" | "dmarc";
                                }[];
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a sender domain (a DKIM key is generated for it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A bare domain name such as example.com (a Unicode name is stored as A-labels) */
                        domain: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Lower-case A-labels */
                            domain: string;
                            /** @description Its DKIM record carries our key: mail from it is signed */
                            verified: boolean;
                            verifiedAt: string | null;
                            lastCheckedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The DKIM selector */
                            selector: string;
                            /** @description The records to publish */
                            records: {
                                /** @enum {string} */
                                type: "TXT";
                                /** @description Where to publish it */
                                name: string;
                                value: string;
                                purpose: "spf" | "dkim" | "dmarc";
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/domains/{domainId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sender domain */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    domainId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Lower-case A-labels */
                            domain: string;
                            /** @description Its DKIM record carries our key: mail from it is signed */
                            verified: boolean;
                            verifiedAt: string | null;
                            lastCheckedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The DKIM selector */
                            selector: string;
                            /** @description The records to publish */
                            records: {
                                /** @enum {string} */
                                type: "TXT";
                                /** @description Where to publish it */
                                name: string;
                                value: string;
                                purpose: "spf" | "dkim" | "dmarc";
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a sender domain and its key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    domainId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/domains/{domainId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Look the DNS records up; verified when the DKIM record carries our key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    domainId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Lower-case A-labels */
                            domain: string;
                            /** @description Its DKIM record carries our key: mail from it is signed */
                            verified: boolean;
                            verifiedAt: string | null;
                            lastCheckedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The DKIM selector */
                            selector: string;
                            records: {
                                /** @enum {string} */
                                type: "TXT";
                                /** @description Where to publish it */
                                name: string;
                                value: string;
                                purpose: "spf" | "dkim" | "dmarc";
                                /** @description The lookup found the record as published */
                                found: boolean;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email and SMS credit balances, with what launched campaigns still hold */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the balances, or `unlimited` where the installation does not meter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: number;
                            sms: number;
                            /** @description credits held by launched campaigns and not spent yet */
                            reserved: {
                                email: number;
                                sms: number;
                            };
                        } | {
                            /** @enum {string} */
                            email: "unlimited";
                            /** @enum {string} */
                            sms: "unlimited";
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/credits/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every movement of the balances, newest first (keyset cursor) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                channel: "email" | "sms";
                                /** @description positive into the balance, negative out of it */
                                amount: number;
                                balanceAfter: number;
                                reason: "signup" | "top_up" | "allocation" | "reserve" | "release" | "test_send" | "email_to_sms" | "single_message";
                                campaignId: string | null;
                                counterpartAccountId: string | null;
                                actorUserId: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/credits/top-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add credits: a top-level account is topped up; a sub-account is funded from its parent's balance (needs billing.manage in the parent too) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channel: "email" | "sms";
                        amount: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: number;
                            sms: number;
                            /** @description credits held by launched campaigns and not spent yet */
                            reserved: {
                                email: number;
                                sms: number;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/credits/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the installation's operators for a top-up of this top-level account (each operator gets an email) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channel: "email" | "sms";
                        amount: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description how many operators were emailed */
                            notified: number;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/accounts/{accountId}/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Operators of the installation: an account's balances */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: number;
                            sms: number;
                            /** @description credits held by launched campaigns and not spent yet */
                            reserved: {
                                email: number;
                                sms: number;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Operators of the installation: add credits to a top-level account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channel: "email" | "sms";
                        amount: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: number;
                            sms: number;
                            /** @description credits held by launched campaigns and not spent yet */
                            reserved: {
                                email: number;
                                sms: number;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns, newest first (keyset cursor); `q` searches names */
        get: {
            parameters: {
                query?: {
                    /** @description part of the name, any case */
                    q?: string;
                    status?: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                accountId: string;
                                name: string;
                                channel: "email" | "sms";
                                status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                                subject: string;
                                previewText: string | null;
                                /** @description a sender address (email) or an SMS sender; empty until set */
                                from: string;
                                fromName: string;
                                html: string;
                                text: string;
                                templateId: string | null;
                                groupIds: string[];
                                segmentIds: string[];
                                scheduledAt: string | null;
                                createdBy: string | null;
                                submittedBy: string | null;
                                approvedBy: string | null;
                                declineReason: string | null;
                                /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                                recipients?: number;
                                /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                                creditsReserved?: number;
                                /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                                creditsUsed?: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                launchedAt: string | null;
                                finishedAt: string | null;
                                /** @description What the caller may do with this campaign now */
                                abilities: {
                                    /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                    edit: boolean;
                                    /** @description POST …/send: a draft */
                                    send: boolean;
                                    /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                    unschedule: boolean;
                                    /** @description send launches (or schedules) it without waiting for approval */
                                    sendDirect: boolean;
                                    /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                    approve: boolean;
                                    /** @description POST …/pause: sending or scheduled */
                                    pause: boolean;
                                    /** @description POST …/resume: paused */
                                    resume: boolean;
                                    /** @description POST …/terminate: sending, scheduled or paused */
                                    terminate: boolean;
                                    /** @description DELETE: not while scheduled, sending or paused */
                                    delete: boolean;
                                    /** @description GET …/report: any status */
                                    viewReport: boolean;
                                    /** @description GET …/report/export: any status */
                                    exportReport: boolean;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a campaign (a draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        channel: "email" | "sms";
                        subject?: string;
                        previewText?: string | null;
                        /** @description a sender address (email) or an SMS sender */
                        from?: string;
                        fromName?: string;
                        html?: string;
                        text?: string;
                        templateId?: string | null;
                        groupIds?: string[];
                        segmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description A campaign */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            channel: "email" | "sms";
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            subject: string;
                            previewText: string | null;
                            /** @description a sender address (email) or an SMS sender; empty until set */
                            from: string;
                            fromName: string;
                            html: string;
                            text: string;
                            templateId: string | null;
                            groupIds: string[];
                            segmentIds: string[];
                            scheduledAt: string | null;
                            createdBy: string | null;
                            submittedBy: string | null;
                            approvedBy: string | null;
                            declineReason: string | null;
                            /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                            recipients?: number;
                            /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                            creditsReserved?: number;
                            /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                            creditsUsed?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            finishedAt: string | null;
                            /** @description What the caller may do with this campaign now */
                            abilities: {
                                /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                edit: boolean;
                                /** @description POST …/send: a draft */
                                send: boolean;
                                /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                unschedule: boolean;
                                /** @description send launches (or schedules) it without waiting for approval */
                                sendDirect: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/pause: sending or scheduled */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/terminate: sending, scheduled or paused */
                                terminate: boolean;
                                /** @description DELETE: not while scheduled, sending or paused */
                                delete: boolean;
                                /** @description GET …/report: any status */
                                viewReport: boolean;
                                /** @description GET …/report/export: any status */
                                exportReport: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recipients after suppressions, SMS parts and credits a send would take */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channel: "email" | "sms";
                        /** @description the SMS text, for its parts */
                        text?: string;
                        groupIds: string[];
                        segmentIds: string[];
                    };
                };
            };
            responses: {
                /** @description What a campaign would reach and cost, before it is sent */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description who a launch now would reach, after suppressions and de-duplication */
                            recipients: number;
                            sms?: {
                                encoding: "gsm7" | "ucs2";
                                /** @description characters as counted (GSM-7 septets or UTF-16 units) */
                                units: number;
                                parts: number;
                                /** @description characters one part holds */
                                perPart: number;
                            };
                            /** @description credits a launch would reserve: one per email, the parts per SMS */
                            credits: number;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duplicate a campaign: a new draft with its content and audience */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A campaign */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            channel: "email" | "sms";
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            subject: string;
                            previewText: string | null;
                            /** @description a sender address (email) or an SMS sender; empty until set */
                            from: string;
                            fromName: string;
                            html: string;
                            text: string;
                            templateId: string | null;
                            groupIds: string[];
                            segmentIds: string[];
                            scheduledAt: string | null;
                            createdBy: string | null;
                            submittedBy: string | null;
                            approvedBy: string | null;
                            declineReason: string | null;
                            /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                            recipients?: number;
                            /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                            creditsReserved?: number;
                            /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                            creditsUsed?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            finishedAt: string | null;
                            /** @description What the caller may do with this campaign now */
                            abilities: {
                                /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                edit: boolean;
                                /** @description POST …/send: a draft */
                                send: boolean;
                                /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                unschedule: boolean;
                                /** @description send launches (or schedules) it without waiting for approval */
                                sendDirect: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/pause: sending or scheduled */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/terminate: sending, scheduled or paused */
                                terminate: boolean;
                                /** @description DELETE: not while scheduled, sending or paused */
                                delete: boolean;
                                /** @description GET …/report: any status */
                                viewReport: boolean;
                                /** @description GET …/report/export: any status */
                                exportReport: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            channel: "email" | "sms";
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            subject: string;
                            previewText: string | null;
                            /** @description a sender address (email) or an SMS sender; empty until set */
                            from: string;
                            fromName: string;
                            html: string;
                            text: string;
                            templateId: string | null;
                            groupIds: string[];
                            segmentIds: string[];
                            scheduledAt: string | null;
                            createdBy: string | null;
                            submittedBy: string | null;
                            approvedBy: string | null;
                            declineReason: string | null;
                            /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                            recipients?: number;
                            /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                            creditsReserved?: number;
                            /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                            creditsUsed?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            finishedAt: string | null;
                            /** @description What the caller may do with this campaign now */
                            abilities: {
                                /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                edit: boolean;
                                /** @description POST …/send: a draft */
                                send: boolean;
                                /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                unschedule: boolean;
                                /** @description send launches (or schedules) it without waiting for approval */
                                sendDirect: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/pause: sending or scheduled */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/terminate: sending, scheduled or paused */
                                terminate: boolean;
                                /** @description DELETE: not while scheduled, sending or paused */
                                delete: boolean;
                                /** @description GET …/report: any status */
                                viewReport: boolean;
                                /** @description GET …/report/export: any status */
                                exportReport: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a campaign that is not sending */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit a campaign (a waiting or scheduled one goes back to draft) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        subject?: string;
                        previewText?: string | null;
                        /** @description a sender address (email) or an SMS sender */
                        from?: string;
                        fromName?: string;
                        html?: string;
                        text?: string;
                        templateId?: string | null;
                        groupIds?: string[];
                        segmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description A campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            channel: "email" | "sms";
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            subject: string;
                            previewText: string | null;
                            /** @description a sender address (email) or an SMS sender; empty until set */
                            from: string;
                            fromName: string;
                            html: string;
                            text: string;
                            templateId: string | null;
                            groupIds: string[];
                            segmentIds: string[];
                            scheduledAt: string | null;
                            createdBy: string | null;
                            submittedBy: string | null;
                            approvedBy: string | null;
                            declineReason: string | null;
                            /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                            recipients?: number;
                            /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                            creditsReserved?: number;
                            /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                            creditsUsed?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            finishedAt: string | null;
                            /** @description What the caller may do with this campaign now */
                            abilities: {
                                /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                edit: boolean;
                                /** @description POST …/send: a draft */
                                send: boolean;
                                /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                unschedule: boolean;
                                /** @description send launches (or schedules) it without waiting for approval */
                                sendDirect: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/pause: sending or scheduled */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/terminate: sending, scheduled or paused */
                                terminate: boolean;
                                /** @description DELETE: not while scheduled, sending or paused */
                                delete: boolean;
                                /** @description GET …/report: any status */
                                viewReport: boolean;
                                /** @description GET …/report/export: any status */
                                exportReport: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The HTML for a sample contact, served for a sandboxed iframe only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description HTML, served with a sandboxing Content-Security-Policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the campaign, rendered for a sample contact, to the account’s testers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Messages the mail server took, one per tester */
                            sent: number;
                            /** @description Testers left out because the account may not mail them */
                            skipped: {
                                email: string;
                                reason: "unsubscribed" | "blocklisted" | "hard_bounce" | "complaint";
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send or schedule: waits for approval without campaigns.send_direct */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        scheduledAt?: string;
                    };
                };
            };
            responses: {
                /** @description A campaign */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            channel: "email" | "sms";
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            subject: string;
                            previewText: string | null;
                            /** @description a sender address (email) or an SMS sender; empty until set */
                            from: string;
                            fromName: string;
                            html: string;
                            text: string;
                            templateId: string | null;
                            groupIds: string[];
                            segmentIds: string[];
                            scheduledAt: string | null;
                            createdBy: string | null;
                            submittedBy: string | null;
                            approvedBy: string | null;
                            declineReason: string | null;
                            /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                            recipients?: number;
                            /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                            creditsReserved?: number;
                            /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                            creditsUsed?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            finishedAt: string | null;
                            /** @description What the caller may do with this campaign now */
                            abilities: {
                                /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                edit: boolean;
                                /** @description POST …/send: a draft */
                                send: boolean;
                                /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                unschedule: boolean;
                                /** @description send launches (or schedules) it without waiting for approval */
                                sendDirect: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/pause: sending or scheduled */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/terminate: sending, scheduled or paused */
                                terminate: boolean;
                                /** @description DELETE: not while scheduled, sending or paused */
                                delete: boolean;
                                /** @description GET …/report: any status */
                                viewReport: boolean;
                                /** @description GET …/report/export: any status */
                                exportReport: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a waiting campaign, with a reason: it goes back to draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description A campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            channel: "email" | "sms";
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            subject: string;
                            previewText: string | null;
                            /** @description a sender address (email) or an SMS sender; empty until set */
                            from: string;
                            fromName: string;
                            html: string;
                            text: string;
                            templateId: string | null;
                            groupIds: string[];
                            segmentIds: string[];
                            scheduledAt: string | null;
                            createdBy: string | null;
                            submittedBy: string | null;
                            approvedBy: string | null;
                            declineReason: string | null;
                            /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                            recipients?: number;
                            /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                            creditsReserved?: number;
                            /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                            creditsUsed?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            finishedAt: string | null;
                            /** @description What the caller may do with this campaign now */
                            abilities: {
                                /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                edit: boolean;
                                /** @description POST …/send: a draft */
                                send: boolean;
                                /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                unschedule: boolean;
                                /** @description send launches (or schedules) it without waiting for approval */
                                sendDirect: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/pause: sending or scheduled */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/terminate: sending, scheduled or paused */
                                terminate: boolean;
                                /** @description DELETE: not while scheduled, sending or paused */
                                delete: boolean;
                                /** @description GET …/report: any status */
                                viewReport: boolean;
                                /** @description GET …/report/export: any status */
                                exportReport: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/unschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unschedule a scheduled campaign: it returns to draft, its credits back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            channel: "email" | "sms";
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            subject: string;
                            previewText: string | null;
                            /** @description a sender address (email) or an SMS sender; empty until set */
                            from: string;
                            fromName: string;
                            html: string;
                            text: string;
                            templateId: string | null;
                            groupIds: string[];
                            segmentIds: string[];
                            scheduledAt: string | null;
                            createdBy: string | null;
                            submittedBy: string | null;
                            approvedBy: string | null;
                            declineReason: string | null;
                            /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                            recipients?: number;
                            /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                            creditsReserved?: number;
                            /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                            creditsUsed?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            finishedAt: string | null;
                            /** @description What the caller may do with this campaign now */
                            abilities: {
                                /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                edit: boolean;
                                /** @description POST …/send: a draft */
                                send: boolean;
                                /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                unschedule: boolean;
                                /** @description send launches (or schedules) it without waiting for approval */
                                sendDirect: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/pause: sending or scheduled */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/terminate: sending, scheduled or paused */
                                terminate: boolean;
                                /** @description DELETE: not while scheduled, sending or paused */
                                delete: boolean;
                                /** @description GET …/report: any status */
                                viewReport: boolean;
                                /** @description GET …/report/export: any status */
                                exportReport: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a waiting campaign (never one’s own submission) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            channel: "email" | "sms";
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            subject: string;
                            previewText: string | null;
                            /** @description a sender address (email) or an SMS sender; empty until set */
                            from: string;
                            fromName: string;
                            html: string;
                            text: string;
                            templateId: string | null;
                            groupIds: string[];
                            segmentIds: string[];
                            scheduledAt: string | null;
                            createdBy: string | null;
                            submittedBy: string | null;
                            approvedBy: string | null;
                            declineReason: string | null;
                            /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                            recipients?: number;
                            /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                            creditsReserved?: number;
                            /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                            creditsUsed?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            finishedAt: string | null;
                            /** @description What the caller may do with this campaign now */
                            abilities: {
                                /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                edit: boolean;
                                /** @description POST …/send: a draft */
                                send: boolean;
                                /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                unschedule: boolean;
                                /** @description send launches (or schedules) it without waiting for approval */
                                sendDirect: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/pause: sending or scheduled */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/terminate: sending, scheduled or paused */
                                terminate: boolean;
                                /** @description DELETE: not while scheduled, sending or paused */
                                delete: boolean;
                                /** @description GET …/report: any status */
                                viewReport: boolean;
                                /** @description GET …/report/export: any status */
                                exportReport: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause sending */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            channel: "email" | "sms";
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            subject: string;
                            previewText: string | null;
                            /** @description a sender address (email) or an SMS sender; empty until set */
                            from: string;
                            fromName: string;
                            html: string;
                            text: string;
                            templateId: string | null;
                            groupIds: string[];
                            segmentIds: string[];
                            scheduledAt: string | null;
                            createdBy: string | null;
                            submittedBy: string | null;
                            approvedBy: string | null;
                            declineReason: string | null;
                            /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                            recipients?: number;
                            /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                            creditsReserved?: number;
                            /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                            creditsUsed?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            finishedAt: string | null;
                            /** @description What the caller may do with this campaign now */
                            abilities: {
                                /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                edit: boolean;
                                /** @description POST …/send: a draft */
                                send: boolean;
                                /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                unschedule: boolean;
                                /** @description send launches (or schedules) it without waiting for approval */
                                sendDirect: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/pause: sending or scheduled */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/terminate: sending, scheduled or paused */
                                terminate: boolean;
                                /** @description DELETE: not while scheduled, sending or paused */
                                delete: boolean;
                                /** @description GET …/report: any status */
                                viewReport: boolean;
                                /** @description GET …/report/export: any status */
                                exportReport: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume sending */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            channel: "email" | "sms";
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            subject: string;
                            previewText: string | null;
                            /** @description a sender address (email) or an SMS sender; empty until set */
                            from: string;
                            fromName: string;
                            html: string;
                            text: string;
                            templateId: string | null;
                            groupIds: string[];
                            segmentIds: string[];
                            scheduledAt: string | null;
                            createdBy: string | null;
                            submittedBy: string | null;
                            approvedBy: string | null;
                            declineReason: string | null;
                            /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                            recipients?: number;
                            /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                            creditsReserved?: number;
                            /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                            creditsUsed?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            finishedAt: string | null;
                            /** @description What the caller may do with this campaign now */
                            abilities: {
                                /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                edit: boolean;
                                /** @description POST …/send: a draft */
                                send: boolean;
                                /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                unschedule: boolean;
                                /** @description send launches (or schedules) it without waiting for approval */
                                sendDirect: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/pause: sending or scheduled */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/terminate: sending, scheduled or paused */
                                terminate: boolean;
                                /** @description DELETE: not while scheduled, sending or paused */
                                delete: boolean;
                                /** @description GET …/report: any status */
                                viewReport: boolean;
                                /** @description GET …/report/export: any status */
                                exportReport: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminate sending */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            name: string;
                            channel: "email" | "sms";
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            subject: string;
                            previewText: string | null;
                            /** @description a sender address (email) or an SMS sender; empty until set */
                            from: string;
                            fromName: string;
                            html: string;
                            text: string;
                            templateId: string | null;
                            groupIds: string[];
                            segmentIds: string[];
                            scheduledAt: string | null;
                            createdBy: string | null;
                            submittedBy: string | null;
                            approvedBy: string | null;
                            declineReason: string | null;
                            /** @description recipients fixed at submission or launch (0 before). Left out without reports.view on another's campaign, except for an approver while it waits for approval */
                            recipients?: number;
                            /** @description credits taken from the balance at launch. Left out without reports.view on another's campaign */
                            creditsReserved?: number;
                            /** @description credits spent on messages sent. Left out without reports.view on another's campaign */
                            creditsUsed?: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            finishedAt: string | null;
                            /** @description What the caller may do with this campaign now */
                            abilities: {
                                /** @description PATCH: a draft, or one waiting for approval or scheduled (it returns to draft) */
                                edit: boolean;
                                /** @description POST …/send: a draft */
                                send: boolean;
                                /** @description POST …/unschedule: scheduled (it returns to draft, its credits back) */
                                unschedule: boolean;
                                /** @description send launches (or schedules) it without waiting for approval */
                                sendDirect: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/pause: sending or scheduled */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/terminate: sending, scheduled or paused */
                                terminate: boolean;
                                /** @description DELETE: not while scheduled, sending or paused */
                                delete: boolean;
                                /** @description GET …/report: any status */
                                viewReport: boolean;
                                /** @description GET …/report/export: any status */
                                exportReport: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts: recipients, sent, delivered, bounced, opened, clicked, unsubscribed, failed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts by recipient status and by event, the credits and the links clicked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaignId: string;
                            status: "draft" | "pending_approval" | "scheduled" | "sending" | "paused" | "sent" | "terminated";
                            recipients: number;
                            /** @description not sent yet (waiting or being sent) */
                            queued: number;
                            sent: number;
                            delivered: number;
                            bounced: number;
                            complained: number;
                            opened: number;
                            clicked: number;
                            unsubscribed: number;
                            failed: number;
                            /** @description not sent: the campaign ended first */
                            skipped: number;
                            creditsReserved: number;
                            creditsUsed: number;
                            /** @description messages sent in the last minute: the sending rate while it sends */
                            sentLastMinute: number;
                            /** @description every tracked link of the email, in the order of the message */
                            links: {
                                /** @description its place among the links, from 0 */
                                position: number;
                                url: string;
                                /** @description recipients who clicked it */
                                clicks: number;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/report/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sends, opens, clicks and the rest over time, per hour or per day */
        get: {
            parameters: {
                query?: {
                    bucket?: "hour" | "day";
                };
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sends and engagements over time, per hour or per day (UTC) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bucket: "hour" | "day";
                            /** @description buckets with something in them, oldest first */
                            points: {
                                /** Format: date-time */
                                at: string;
                                sent: number;
                                delivered: number;
                                opened: number;
                                clicked: number;
                                bounced: number;
                                complained: number;
                                unsubscribed: number;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/report/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-recipient drill-down (keyset cursor) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contactId: string;
                                /** @description email address or E.164 phone, by channel */
                                address: string;
                                status: "queued" | "claimed" | "sent" | "skipped" | "failed";
                                sentAt: string | null;
                                error: string | null;
                                /** @description what happened to the message, each kind once */
                                events: ("delivered" | "opened" | "clicked" | "bounced" | "complained" | "unsubscribed")[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/campaigns/{campaignId}/report/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The drill-down as CSV, streamed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Provider events (bounce, complaint, unsubscribe, delivered), each applied once by id */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        events: {
                            /** @description The provider's event id */
                            id: string;
                            type: "bounce" | "complaint" | "unsubscribe" | "delivered";
                            /** @description Bounces: permanent (hard) or not (soft) */
                            hard?: boolean;
                            messageId?: string;
                            recipientToken?: string;
                            address?: string;
                            channel?: "email" | "sms";
                            /** @description ISO 8601 */
                            at?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Events applied now */
                            applied: number;
                            /** @description Events whose id was applied before (nothing changed) */
                            duplicates: number;
                            /** @description Events naming nothing Chorus knows (or a soft bounce of a bare address): ignored */
                            unknown: number;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An SMS answer from the gateway: filed in the inbox; STOP and START applied */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The gateway's id of the message */
                        id: string;
                        /** @description The contact's number (E.164) */
                        from: string;
                        /** @description The sender id or number the contact answered */
                        to: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description `filed` in the inbox of the account that texted the number; `duplicate`: this message id was filed before; `unknown`: no account texted the number from that sender (dropped) */
                            status: "filed" | "duplicate" | "unknown";
                            /** @description the text the gateway sends back to the number (the answer to STOP or START), or null for none */
                            reply: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/email-to-sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s Email-to-SMS settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            sender: string | null;
                            maxParts: number;
                            allowedAddresses: string[];
                            /** @description the members' addresses, offered to allow; empty unless the caller holds users.view */
                            memberAddresses: string[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Sets Email-to-SMS: on/off, the SMS sender, the parts limit, allowed addresses */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Email-to-SMS on or off */
                        enabled: boolean;
                        /** @description the SMS sender the texts go out from: an E.164 number or up to 11 letters and digits */
                        sender: string | null;
                        /** @description the most SMS parts (and credits) one email may become */
                        maxParts: number;
                        /** @description the email addresses whose mail the account turns into SMS */
                        allowedAddresses: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            sender: string | null;
                            maxParts: number;
                            allowedAddresses: string[];
                            /** @description the members' addresses, offered to allow; empty unless the caller holds users.view */
                            memberAddresses: string[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages captured instead of sent (no SMTP_URL), newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Mail is captured here now (no SMTP_URL); false when it goes to a mail server */
                            capturing: boolean;
                            /** @description Newest first */
                            items: {
                                id: string;
                                from: string;
                                to: string;
                                subject: string;
                                /**
                                 * Format: date-time
                                 * @description When it was captured
                                 */
                                date: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/mailbox/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A captured message */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    messageId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            from: string;
                            to: string;
                            subject: string;
                            /**
                             * Format: date-time
                             * @description When it was captured
                             */
                            date: string;
                            text: string;
                            /** @description Null for a text-only message */
                            html: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/mailbox/{messageId}/html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A captured message’s HTML, for a sandboxed iframe */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    messageId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description HTML under a sandboxing Content-Security-Policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/analytics/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s campaigns of a date range (default the last 30 days): figures and a per-day series */
        get: {
            parameters: {
                query?: {
                    /** @description default: 30 days before to */
                    from?: string;
                    /** @description default: now */
                    to?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            /** @description the campaigns launched in the range and what became of their messages; each event counts a contact once per campaign */
                            figures: {
                                /** @description campaigns launched in the range */
                                campaigns: number;
                                /** @description their recipients, fixed at launch */
                                recipients: number;
                                sent: number;
                                failed: number;
                                delivered: number;
                                opened: number;
                                clicked: number;
                                bounced: number;
                                complained: number;
                                unsubscribed: number;
                            };
                            /** @description messages sent and contacts who opened, clicked or bounced, per UTC day, of the campaigns launched in the range */
                            daily: {
                                /**
                                 * Format: date
                                 * @description a UTC day
                                 */
                                day: string;
                                sent: number;
                                opened: number;
                                clicked: number;
                                bounced: number;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/analytics/subaccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account and its sub-accounts where you hold reports.view, side by side and summed */
        get: {
            parameters: {
                query?: {
                    /** @description default: 30 days before to */
                    from?: string;
                    /** @description default: now */
                    to?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            /** @description by account name */
                            accounts: {
                                accountId: string;
                                accountName: string;
                                /** @description the campaigns launched in the range and what became of their messages; each event counts a contact once per campaign */
                                figures: {
                                    /** @description campaigns launched in the range */
                                    campaigns: number;
                                    /** @description their recipients, fixed at launch */
                                    recipients: number;
                                    sent: number;
                                    failed: number;
                                    delivered: number;
                                    opened: number;
                                    clicked: number;
                                    bounced: number;
                                    complained: number;
                                    unsubscribed: number;
                                };
                            }[];
                            /** @description the campaigns launched in the range and what became of their messages; each event counts a contact once per campaign */
                            total: {
                                /** @description campaigns launched in the range */
                                campaigns: number;
                                /** @description their recipients, fixed at launch */
                                recipients: number;
                                sent: number;
                                failed: number;
                                delivered: number;
                                opened: number;
                                clicked: number;
                                bounced: number;
                                complained: number;
                                unsubscribed: number;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cross-account analytics: every account where you hold reports.cross_account (two or more), side by side and summed */
        get: {
            parameters: {
                query?: {
                    /** @description default: 30 days before to */
                    from?: string;
                    /** @description default: now */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            /** @description by account name */
                            accounts: {
                                accountId: string;
                                accountName: string;
                                /** @description the campaigns launched in the range and what became of their messages; each event counts a contact once per campaign */
                                figures: {
                                    /** @description campaigns launched in the range */
                                    campaigns: number;
                                    /** @description their recipients, fixed at launch */
                                    recipients: number;
                                    sent: number;
                                    failed: number;
                                    delivered: number;
                                    opened: number;
                                    clicked: number;
                                    bounced: number;
                                    complained: number;
                                    unsubscribed: number;
                                };
                            }[];
                            /** @description the campaigns launched in the range and what became of their messages; each event counts a contact once per campaign */
                            total: {
                                /** @description campaigns launched in the range */
                                campaigns: number;
                                /** @description their recipients, fixed at launch */
                                recipients: number;
                                sent: number;
                                failed: number;
                                delivered: number;
                                opened: number;
                                clicked: number;
                                bounced: number;
                                complained: number;
                                unsubscribed: number;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s webhooks (never their secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                accountId: string;
                                url: string;
                                events: ("contact.created" | "contact.updated" | "contact.unsubscribed" | "campaign.status_changed" | "campaign.sent" | "program.completed" | "membership.changed" | "connection.changed" | "import.finished")[];
                                description: string;
                                enabled: boolean;
                                disabledReason: ("gone" | "failing" | "owner_access") | null;
                                disabledBecause: string | null;
                                ownerId: string | null;
                                ownerApiKeyId: string | null;
                                previousSecretExpiresAt: string | null;
                                failingSince: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Subscribe a URL to events; the signing secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description https (http only on intranets) */
                        url: string;
                        events: ("contact.created" | "contact.updated" | "contact.unsubscribed" | "campaign.status_changed" | "campaign.sent" | "program.completed" | "membership.changed" | "connection.changed" | "import.finished")[];
                        description?: string;
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            url: string;
                            events: ("contact.created" | "contact.updated" | "contact.unsubscribed" | "campaign.status_changed" | "campaign.sent" | "program.completed" | "membership.changed" | "connection.changed" | "import.finished")[];
                            description: string;
                            enabled: boolean;
                            disabledReason: ("gone" | "failing" | "owner_access") | null;
                            disabledBecause: string | null;
                            ownerId: string | null;
                            ownerApiKeyId: string | null;
                            previousSecretExpiresAt: string | null;
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description the signing secret (whsec_…), shown only now */
                            secret: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            url: string;
                            events: ("contact.created" | "contact.updated" | "contact.unsubscribed" | "campaign.status_changed" | "campaign.sent" | "program.completed" | "membership.changed" | "connection.changed" | "import.finished")[];
                            description: string;
                            enabled: boolean;
                            disabledReason: ("gone" | "failing" | "owner_access") | null;
                            disabledBecause: string | null;
                            ownerId: string | null;
                            ownerApiKeyId: string | null;
                            previousSecretExpiresAt: string | null;
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a webhook and its delivery log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a webhook’s URL, events, description, or turn it on or off */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description https (http only on intranets) */
                        url?: string;
                        events?: ("contact.created" | "contact.updated" | "contact.unsubscribed" | "campaign.status_changed" | "campaign.sent" | "program.completed" | "membership.changed" | "connection.changed" | "import.finished")[];
                        description?: string;
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            url: string;
                            events: ("contact.created" | "contact.updated" | "contact.unsubscribed" | "campaign.status_changed" | "campaign.sent" | "program.completed" | "membership.changed" | "connection.changed" | "import.finished")[];
                            description: string;
                            enabled: boolean;
                            disabledReason: ("gone" | "failing" | "owner_access") | null;
                            disabledBecause: string | null;
                            ownerId: string | null;
                            ownerApiKeyId: string | null;
                            previousSecretExpiresAt: string | null;
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/webhooks/{webhookId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown once; the old one keeps signing beside it for 24 h */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            accountId: string;
                            url: string;
                            events: ("contact.created" | "contact.updated" | "contact.unsubscribed" | "campaign.status_changed" | "campaign.sent" | "program.completed" | "membership.changed" | "connection.changed" | "import.finished")[];
                            description: string;
                            enabled: boolean;
                            disabledReason: ("gone" | "failing" | "owner_access") | null;
                            disabledBecause: string | null;
                            ownerId: string | null;
                            ownerApiKeyId: string | null;
                            previousSecretExpiresAt: string | null;
                            failingSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description the signing secret (whsec_…), shown only now */
                            secret: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a webhook.test ping now and answer its delivery (with redeliveries, 30 a minute per webhook; 429 beyond) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            webhookId: string;
                            /** @description the webhook-id header, the same on every attempt */
                            messageId: string;
                            event: string;
                            /** @description 1 for the first attempt of the message */
                            attempt: number;
                            /** @description a redelivery or test someone asked for */
                            manual: boolean;
                            status: "succeeded" | "failed";
                            httpStatus: number | null;
                            responseExcerpt: string | null;
                            error: string | null;
                            /** Format: date-time */
                            attemptedAt: string;
                            durationMs: number;
                            nextAttemptAt: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log: every attempt, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                webhookId: string;
                                /** @description the webhook-id header, the same on every attempt */
                                messageId: string;
                                event: string;
                                /** @description 1 for the first attempt of the message */
                                attempt: number;
                                /** @description a redelivery or test someone asked for */
                                manual: boolean;
                                status: "succeeded" | "failed";
                                httpStatus: number | null;
                                responseExcerpt: string | null;
                                error: string | null;
                                /** Format: date-time */
                                attemptedAt: string;
                                durationMs: number;
                                nextAttemptAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a logged message again now (same webhook-id) and answer the attempt (with tests, 30 a minute per webhook; 429 beyond) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    webhookId: string;
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            webhookId: string;
                            /** @description the webhook-id header, the same on every attempt */
                            messageId: string;
                            event: string;
                            /** @description 1 for the first attempt of the message */
                            attempt: number;
                            /** @description a redelivery or test someone asked for */
                            manual: boolean;
                            status: "succeeded" | "failed";
                            httpStatus: number | null;
                            responseExcerpt: string | null;
                            error: string | null;
                            /** Format: date-time */
                            attemptedAt: string;
                            durationMs: number;
                            nextAttemptAt: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an event about a contact (by email or id); an event of the same name and key counts once
         * @description An address no contact has is added as a contact (subscribed per the account’s opt-in) when the caller holds contacts.create; otherwise 422 on contactEmail. Programs start on these events.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the contact’s email address */
                        contactEmail?: string;
                        /** @description or the contact’s id */
                        contactId?: string;
                        /** @description letters, digits and _ . : - (e.g. order_placed, cart:abandoned) */
                        name: string;
                        /** @description what happened, as a JSON object of at most 16 KB and 8 levels */
                        properties?: {
                            [key: string]: unknown;
                        };
                        /** @description a key such as an order id: an event of the same name and key counts once in the account */
                        key?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the event’s id; for a duplicate, the first event’s */
                            id: string;
                            /** @description an event of this name and key was posted before */
                            duplicate: boolean;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/{contactId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The custom events posted about a contact, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                contactId: string;
                                name: string;
                                properties: {
                                    [key: string]: unknown;
                                };
                                key: string | null;
                                /** @description `api`, or `integration:<inbound endpoint id>` */
                                source: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/integrations/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inbound endpoints (never their secret URLs) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                /** @description contacts: each post adds or completes a contact; events: each post records an event */
                                kind: "contacts" | "events";
                                mapping: {
                                    fields: {
                                        from: string;
                                        to: string;
                                    }[];
                                    eventName: string | null;
                                    eventNamePath: string | null;
                                    keyPath: string | null;
                                };
                                groupId: string | null;
                                tags: string[];
                                enabled: boolean;
                                /** @description the user whose permissions cap what posts may do */
                                createdBy: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                lastPostAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an inbound endpoint; its secret URL is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description posted keys → contact fields; for events, the event name (fixed, or read from a path) and the path of its key */
                        mapping: {
                            fields: {
                                /** @description a key of the posted JSON, dotted for nested objects (customer.email, items.0.sku) */
                                from: string;
                                /** @description email, phone, firstName, lastName, or fields.<custom field key> */
                                to: string;
                            }[];
                            eventName?: string | null;
                            eventNamePath?: string | null;
                            keyPath?: string | null;
                        };
                        groupId?: string | null;
                        /** @description tags given to the posts’ contacts */
                        tags?: string[];
                        /** @description contacts: each post adds or completes a contact; events: each post records an event */
                        kind: "contacts" | "events";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description contacts: each post adds or completes a contact; events: each post records an event */
                            kind: "contacts" | "events";
                            mapping: {
                                fields: {
                                    from: string;
                                    to: string;
                                }[];
                                eventName: string | null;
                                eventNamePath: string | null;
                                keyPath: string | null;
                            };
                            groupId: string | null;
                            tags: string[];
                            enabled: boolean;
                            /** @description the user whose permissions cap what posts may do */
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lastPostAt: string | null;
                            /** @description the secret URL to post to, shown only now */
                            url: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/integrations/inbound/{inboundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An inbound endpoint */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    inboundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description contacts: each post adds or completes a contact; events: each post records an event */
                            kind: "contacts" | "events";
                            mapping: {
                                fields: {
                                    from: string;
                                    to: string;
                                }[];
                                eventName: string | null;
                                eventNamePath: string | null;
                                keyPath: string | null;
                            };
                            groupId: string | null;
                            tags: string[];
                            enabled: boolean;
                            /** @description the user whose permissions cap what posts may do */
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lastPostAt: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an inbound endpoint and its log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    inboundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an inbound endpoint’s name, mapping, group or tags; disable or enable it */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    inboundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description posted keys → contact fields; for events, the event name (fixed, or read from a path) and the path of its key */
                        mapping?: {
                            fields: {
                                /** @description a key of the posted JSON, dotted for nested objects (customer.email, items.0.sku) */
                                from: string;
                                /** @description email, phone, firstName, lastName, or fields.<custom field key> */
                                to: string;
                            }[];
                            eventName?: string | null;
                            eventNamePath?: string | null;
                            keyPath?: string | null;
                        };
                        groupId?: string | null;
                        /** @description tags given to the posts’ contacts */
                        tags?: string[];
                        /** @description false: the URL answers 404 until enabled again */
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description contacts: each post adds or completes a contact; events: each post records an event */
                            kind: "contacts" | "events";
                            mapping: {
                                fields: {
                                    from: string;
                                    to: string;
                                }[];
                                eventName: string | null;
                                eventNamePath: string | null;
                                keyPath: string | null;
                            };
                            groupId: string | null;
                            tags: string[];
                            enabled: boolean;
                            /** @description the user whose permissions cap what posts may do */
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lastPostAt: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/integrations/inbound/{inboundId}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give an inbound endpoint a new secret URL; the old one stops working at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    inboundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description contacts: each post adds or completes a contact; events: each post records an event */
                            kind: "contacts" | "events";
                            mapping: {
                                fields: {
                                    from: string;
                                    to: string;
                                }[];
                                eventName: string | null;
                                eventNamePath: string | null;
                                keyPath: string | null;
                            };
                            groupId: string | null;
                            tags: string[];
                            enabled: boolean;
                            /** @description the user whose permissions cap what posts may do */
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lastPostAt: string | null;
                            /** @description the secret URL to post to, shown only now */
                            url: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/integrations/inbound/{inboundId}/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What arrived at an inbound endpoint and what was refused, newest first
         * @description The newest 1,000 posts of each endpoint are kept. The excerpt of what was posted is empty for a caller without contacts.view.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                    inboundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** Format: date-time */
                                at: string;
                                outcome: "accepted" | "duplicate" | "refused";
                                reason: string | null;
                                /** @description the start of what was posted */
                                excerpt: string;
                                contactId: string | null;
                                eventId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a contact or an event to an inbound endpoint (JSON or a form, ≤ 64 KB)
         * @description The URL is the secret. 404 for an unknown or disabled endpoint; 413 for a body over 64 KB; 429 past 120 posts a minute.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outcome: "accepted" | "duplicate";
                            contactId: string;
                            eventId: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programs (automations), newest first, with their counts (to an approver alone, those waiting for approval) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                status: "draft" | "awaiting_approval" | "active" | "paused" | "declined";
                                declineReason: string | null;
                                pausedReason: string | null;
                                trigger: {
                                    /** @enum {string} */
                                    type: "group_joined";
                                    groupId: string;
                                } | {
                                    /** @enum {string} */
                                    type: "signed_up";
                                } | {
                                    /** @enum {string} */
                                    type: "tag_added";
                                    tagId: string;
                                } | {
                                    /** @enum {string} */
                                    type: "date_field";
                                    /** @description a date custom field, or createdAt */
                                    field: string;
                                    /** @description HH:MM */
                                    time: string;
                                    daysBefore: number;
                                } | {
                                    /** @enum {string} */
                                    type: "campaign_engaged";
                                    campaignId: string;
                                    action: "opened" | "clicked";
                                } | {
                                    /** @enum {string} */
                                    type: "event";
                                    name: string;
                                };
                                entry: {
                                    mode: "once" | "again";
                                    minGapHours: number;
                                };
                                exit: {
                                    onUnsubscribe: boolean;
                                    onLeaveGroup: boolean;
                                };
                                goal: {
                                    /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                    filter: {
                                        [key: string]: unknown;
                                    };
                                } | null;
                                /** @description has an email or SMS step: activation may need approval */
                                sends: boolean;
                                sending: {
                                    stepId: string;
                                    channel: "email" | "sms";
                                    /** @description an email step’s template; null when none or not one the account can use */
                                    template: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    /** @description an email’s subject (the step’s own, else its template’s); an SMS step’s text */
                                    subject: string | null;
                                    /** @description the sender address ("Name <address>") or SMS sender ID; null: the default */
                                    sender: string | null;
                                }[];
                                /** @description who sent it for approval and when, while it waits and once declined */
                                submission: {
                                    by: {
                                        id: string;
                                        name: string | null;
                                    };
                                    at: string | null;
                                } | null;
                                /** @description what blocks activation */
                                problems: {
                                    stepId: string | null;
                                    field: string;
                                    message: string;
                                }[];
                                counts: {
                                    entered: number;
                                    active: number;
                                    completed: number;
                                    exited: number;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                activatedAt: string | null;
                                /** @description What the caller may do with this program now */
                                abilities: {
                                    /** @description PATCH */
                                    edit: boolean;
                                    /** @description POST …/activate: a draft or a declined program */
                                    activate: boolean;
                                    /** @description POST …/pause: active */
                                    pause: boolean;
                                    /** @description POST …/resume: paused */
                                    resume: boolean;
                                    /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                    approve: boolean;
                                    /** @description POST …/decline */
                                    decline: boolean;
                                    /** @description DELETE: its contacts leave, nothing more is sent */
                                    delete: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a program (a draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        trigger: {
                            /** @enum {string} */
                            type: "group_joined";
                            groupId: string;
                        } | {
                            /** @enum {string} */
                            type: "signed_up";
                        } | {
                            /** @enum {string} */
                            type: "tag_added";
                            tagId: string;
                        } | {
                            /** @enum {string} */
                            type: "date_field";
                            /** @description a date custom field, or createdAt */
                            field: string;
                            /** @description HH:MM */
                            time: string;
                            daysBefore: number;
                        } | {
                            /** @enum {string} */
                            type: "campaign_engaged";
                            campaignId: string;
                            action: "opened" | "clicked";
                        } | {
                            /** @enum {string} */
                            type: "event";
                            name: string;
                        };
                        entry?: {
                            mode: "once" | "again";
                            minGapHours: number;
                        };
                        exit?: {
                            onUnsubscribe: boolean;
                            onLeaveGroup: boolean;
                        };
                        goal?: {
                            /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                            filter: {
                                [key: string]: unknown;
                            };
                        } | null;
                        steps?: ({
                            id: string;
                            /** @enum {string} */
                            type: "wait";
                            duration: {
                                amount: number;
                                unit: "minutes" | "hours" | "days";
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "wait";
                            until: {
                                /** @description HH:MM */
                                time: string;
                                /** @description ISO weekdays, 1 = Monday; any day when absent */
                                weekdays?: number[];
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "send_email";
                            templateId: string | null;
                            fromAddressId: string | null;
                            subject: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "send_sms";
                            text: string;
                            senderId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "add_tag";
                            tagId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "remove_tag";
                            tagId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "add_to_group";
                            groupId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "remove_from_group";
                            groupId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "set_field";
                            field: string;
                            value: string;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "branch";
                            condition: ({
                                /** @enum {string} */
                                kind: "segment";
                                /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                filter: {
                                    [key: string]: unknown;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "engaged";
                                action: "opened" | "clicked";
                                /** @description an earlier send_email step */
                                stepId: string;
                            }) | null;
                            /** @description steps of the same shapes as the top-level list */
                            yes: unknown[];
                            /** @description steps of the same shapes as the top-level list */
                            no: unknown[];
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "wait_for";
                            event: string | null;
                            filter: {
                                [key: string]: unknown;
                            } | null;
                            timeout: {
                                amount: number;
                                unit: "minutes" | "hours" | "days";
                            };
                            /** @description steps of the same shapes as the top-level list */
                            met: unknown[];
                            /** @description steps of the same shapes as the top-level list */
                            timedOut: unknown[];
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "webhook";
                            webhookId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "end";
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            status: "draft" | "awaiting_approval" | "active" | "paused" | "declined";
                            declineReason: string | null;
                            pausedReason: string | null;
                            trigger: {
                                /** @enum {string} */
                                type: "group_joined";
                                groupId: string;
                            } | {
                                /** @enum {string} */
                                type: "signed_up";
                            } | {
                                /** @enum {string} */
                                type: "tag_added";
                                tagId: string;
                            } | {
                                /** @enum {string} */
                                type: "date_field";
                                /** @description a date custom field, or createdAt */
                                field: string;
                                /** @description HH:MM */
                                time: string;
                                daysBefore: number;
                            } | {
                                /** @enum {string} */
                                type: "campaign_engaged";
                                campaignId: string;
                                action: "opened" | "clicked";
                            } | {
                                /** @enum {string} */
                                type: "event";
                                name: string;
                            };
                            entry: {
                                mode: "once" | "again";
                                minGapHours: number;
                            };
                            exit: {
                                onUnsubscribe: boolean;
                                onLeaveGroup: boolean;
                            };
                            goal: {
                                /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                filter: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            /** @description has an email or SMS step: activation may need approval */
                            sends: boolean;
                            sending: {
                                stepId: string;
                                channel: "email" | "sms";
                                /** @description an email step’s template; null when none or not one the account can use */
                                template: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description an email’s subject (the step’s own, else its template’s); an SMS step’s text */
                                subject: string | null;
                                /** @description the sender address ("Name <address>") or SMS sender ID; null: the default */
                                sender: string | null;
                            }[];
                            /** @description who sent it for approval and when, while it waits and once declined */
                            submission: {
                                by: {
                                    id: string;
                                    name: string | null;
                                };
                                at: string | null;
                            } | null;
                            /** @description what blocks activation */
                            problems: {
                                stepId: string | null;
                                field: string;
                                message: string;
                            }[];
                            counts: {
                                entered: number;
                                active: number;
                                completed: number;
                                exited: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            activatedAt: string | null;
                            /** @description What the caller may do with this program now */
                            abilities: {
                                /** @description PATCH */
                                edit: boolean;
                                /** @description POST …/activate: a draft or a declined program */
                                activate: boolean;
                                /** @description POST …/pause: active */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/decline */
                                decline: boolean;
                                /** @description DELETE: its contacts leave, nothing more is sent */
                                delete: boolean;
                            };
                            steps: ({
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                duration: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                until: {
                                    /** @description HH:MM */
                                    time: string;
                                    /** @description ISO weekdays, 1 = Monday; any day when absent */
                                    weekdays?: number[];
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_email";
                                templateId: string | null;
                                fromAddressId: string | null;
                                subject: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_sms";
                                text: string;
                                senderId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_to_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_from_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "set_field";
                                field: string;
                                value: string;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "branch";
                                condition: ({
                                    /** @enum {string} */
                                    kind: "segment";
                                    /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                    filter: {
                                        [key: string]: unknown;
                                    };
                                } | {
                                    /** @enum {string} */
                                    kind: "engaged";
                                    action: "opened" | "clicked";
                                    /** @description an earlier send_email step */
                                    stepId: string;
                                }) | null;
                                /** @description steps of the same shapes as the top-level list */
                                yes: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                no: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait_for";
                                event: string | null;
                                filter: {
                                    [key: string]: unknown;
                                } | null;
                                timeout: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                                /** @description steps of the same shapes as the top-level list */
                                met: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                timedOut: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "webhook";
                                webhookId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "end";
                            })[];
                            /** @description per step id */
                            stats: {
                                [key: string]: {
                                    entered: number;
                                    waiting: number;
                                    completed: number;
                                    exited: number;
                                    sent: number;
                                    opened: number;
                                    clicked: number;
                                };
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/programs/{programId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A program with its steps and per-step statistics (to an approver alone, one waiting for approval) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    programId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            status: "draft" | "awaiting_approval" | "active" | "paused" | "declined";
                            declineReason: string | null;
                            pausedReason: string | null;
                            trigger: {
                                /** @enum {string} */
                                type: "group_joined";
                                groupId: string;
                            } | {
                                /** @enum {string} */
                                type: "signed_up";
                            } | {
                                /** @enum {string} */
                                type: "tag_added";
                                tagId: string;
                            } | {
                                /** @enum {string} */
                                type: "date_field";
                                /** @description a date custom field, or createdAt */
                                field: string;
                                /** @description HH:MM */
                                time: string;
                                daysBefore: number;
                            } | {
                                /** @enum {string} */
                                type: "campaign_engaged";
                                campaignId: string;
                                action: "opened" | "clicked";
                            } | {
                                /** @enum {string} */
                                type: "event";
                                name: string;
                            };
                            entry: {
                                mode: "once" | "again";
                                minGapHours: number;
                            };
                            exit: {
                                onUnsubscribe: boolean;
                                onLeaveGroup: boolean;
                            };
                            goal: {
                                /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                filter: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            /** @description has an email or SMS step: activation may need approval */
                            sends: boolean;
                            sending: {
                                stepId: string;
                                channel: "email" | "sms";
                                /** @description an email step’s template; null when none or not one the account can use */
                                template: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description an email’s subject (the step’s own, else its template’s); an SMS step’s text */
                                subject: string | null;
                                /** @description the sender address ("Name <address>") or SMS sender ID; null: the default */
                                sender: string | null;
                            }[];
                            /** @description who sent it for approval and when, while it waits and once declined */
                            submission: {
                                by: {
                                    id: string;
                                    name: string | null;
                                };
                                at: string | null;
                            } | null;
                            /** @description what blocks activation */
                            problems: {
                                stepId: string | null;
                                field: string;
                                message: string;
                            }[];
                            counts: {
                                entered: number;
                                active: number;
                                completed: number;
                                exited: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            activatedAt: string | null;
                            /** @description What the caller may do with this program now */
                            abilities: {
                                /** @description PATCH */
                                edit: boolean;
                                /** @description POST …/activate: a draft or a declined program */
                                activate: boolean;
                                /** @description POST …/pause: active */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/decline */
                                decline: boolean;
                                /** @description DELETE: its contacts leave, nothing more is sent */
                                delete: boolean;
                            };
                            steps: ({
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                duration: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                until: {
                                    /** @description HH:MM */
                                    time: string;
                                    /** @description ISO weekdays, 1 = Monday; any day when absent */
                                    weekdays?: number[];
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_email";
                                templateId: string | null;
                                fromAddressId: string | null;
                                subject: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_sms";
                                text: string;
                                senderId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_to_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_from_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "set_field";
                                field: string;
                                value: string;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "branch";
                                condition: ({
                                    /** @enum {string} */
                                    kind: "segment";
                                    /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                    filter: {
                                        [key: string]: unknown;
                                    };
                                } | {
                                    /** @enum {string} */
                                    kind: "engaged";
                                    action: "opened" | "clicked";
                                    /** @description an earlier send_email step */
                                    stepId: string;
                                }) | null;
                                /** @description steps of the same shapes as the top-level list */
                                yes: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                no: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait_for";
                                event: string | null;
                                filter: {
                                    [key: string]: unknown;
                                } | null;
                                timeout: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                                /** @description steps of the same shapes as the top-level list */
                                met: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                timedOut: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "webhook";
                                webhookId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "end";
                            })[];
                            /** @description per step id */
                            stats: {
                                [key: string]: {
                                    entered: number;
                                    waiting: number;
                                    completed: number;
                                    exited: number;
                                    sent: number;
                                    opened: number;
                                    clicked: number;
                                };
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a program: its contacts leave and nothing more is sent */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    programId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit a program; contacts at deleted steps move where moveWaiting says (else 409) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    programId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        trigger?: {
                            /** @enum {string} */
                            type: "group_joined";
                            groupId: string;
                        } | {
                            /** @enum {string} */
                            type: "signed_up";
                        } | {
                            /** @enum {string} */
                            type: "tag_added";
                            tagId: string;
                        } | {
                            /** @enum {string} */
                            type: "date_field";
                            /** @description a date custom field, or createdAt */
                            field: string;
                            /** @description HH:MM */
                            time: string;
                            daysBefore: number;
                        } | {
                            /** @enum {string} */
                            type: "campaign_engaged";
                            campaignId: string;
                            action: "opened" | "clicked";
                        } | {
                            /** @enum {string} */
                            type: "event";
                            name: string;
                        };
                        entry?: {
                            mode: "once" | "again";
                            minGapHours: number;
                        };
                        exit?: {
                            onUnsubscribe: boolean;
                            onLeaveGroup: boolean;
                        };
                        goal?: {
                            /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                            filter: {
                                [key: string]: unknown;
                            };
                        } | null;
                        steps?: ({
                            id: string;
                            /** @enum {string} */
                            type: "wait";
                            duration: {
                                amount: number;
                                unit: "minutes" | "hours" | "days";
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "wait";
                            until: {
                                /** @description HH:MM */
                                time: string;
                                /** @description ISO weekdays, 1 = Monday; any day when absent */
                                weekdays?: number[];
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "send_email";
                            templateId: string | null;
                            fromAddressId: string | null;
                            subject: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "send_sms";
                            text: string;
                            senderId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "add_tag";
                            tagId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "remove_tag";
                            tagId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "add_to_group";
                            groupId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "remove_from_group";
                            groupId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "set_field";
                            field: string;
                            value: string;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "branch";
                            condition: ({
                                /** @enum {string} */
                                kind: "segment";
                                /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                filter: {
                                    [key: string]: unknown;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "engaged";
                                action: "opened" | "clicked";
                                /** @description an earlier send_email step */
                                stepId: string;
                            }) | null;
                            /** @description steps of the same shapes as the top-level list */
                            yes: unknown[];
                            /** @description steps of the same shapes as the top-level list */
                            no: unknown[];
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "wait_for";
                            event: string | null;
                            filter: {
                                [key: string]: unknown;
                            } | null;
                            timeout: {
                                amount: number;
                                unit: "minutes" | "hours" | "days";
                            };
                            /** @description steps of the same shapes as the top-level list */
                            met: unknown[];
                            /** @description steps of the same shapes as the top-level list */
                            timedOut: unknown[];
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "webhook";
                            webhookId: string | null;
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "end";
                        })[];
                        /** @description deleted step id → the step its waiting contacts move to */
                        moveWaiting?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            status: "draft" | "awaiting_approval" | "active" | "paused" | "declined";
                            declineReason: string | null;
                            pausedReason: string | null;
                            trigger: {
                                /** @enum {string} */
                                type: "group_joined";
                                groupId: string;
                            } | {
                                /** @enum {string} */
                                type: "signed_up";
                            } | {
                                /** @enum {string} */
                                type: "tag_added";
                                tagId: string;
                            } | {
                                /** @enum {string} */
                                type: "date_field";
                                /** @description a date custom field, or createdAt */
                                field: string;
                                /** @description HH:MM */
                                time: string;
                                daysBefore: number;
                            } | {
                                /** @enum {string} */
                                type: "campaign_engaged";
                                campaignId: string;
                                action: "opened" | "clicked";
                            } | {
                                /** @enum {string} */
                                type: "event";
                                name: string;
                            };
                            entry: {
                                mode: "once" | "again";
                                minGapHours: number;
                            };
                            exit: {
                                onUnsubscribe: boolean;
                                onLeaveGroup: boolean;
                            };
                            goal: {
                                /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                filter: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            /** @description has an email or SMS step: activation may need approval */
                            sends: boolean;
                            sending: {
                                stepId: string;
                                channel: "email" | "sms";
                                /** @description an email step’s template; null when none or not one the account can use */
                                template: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description an email’s subject (the step’s own, else its template’s); an SMS step’s text */
                                subject: string | null;
                                /** @description the sender address ("Name <address>") or SMS sender ID; null: the default */
                                sender: string | null;
                            }[];
                            /** @description who sent it for approval and when, while it waits and once declined */
                            submission: {
                                by: {
                                    id: string;
                                    name: string | null;
                                };
                                at: string | null;
                            } | null;
                            /** @description what blocks activation */
                            problems: {
                                stepId: string | null;
                                field: string;
                                message: string;
                            }[];
                            counts: {
                                entered: number;
                                active: number;
                                completed: number;
                                exited: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            activatedAt: string | null;
                            /** @description What the caller may do with this program now */
                            abilities: {
                                /** @description PATCH */
                                edit: boolean;
                                /** @description POST …/activate: a draft or a declined program */
                                activate: boolean;
                                /** @description POST …/pause: active */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/decline */
                                decline: boolean;
                                /** @description DELETE: its contacts leave, nothing more is sent */
                                delete: boolean;
                            };
                            steps: ({
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                duration: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                until: {
                                    /** @description HH:MM */
                                    time: string;
                                    /** @description ISO weekdays, 1 = Monday; any day when absent */
                                    weekdays?: number[];
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_email";
                                templateId: string | null;
                                fromAddressId: string | null;
                                subject: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_sms";
                                text: string;
                                senderId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_to_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_from_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "set_field";
                                field: string;
                                value: string;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "branch";
                                condition: ({
                                    /** @enum {string} */
                                    kind: "segment";
                                    /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                    filter: {
                                        [key: string]: unknown;
                                    };
                                } | {
                                    /** @enum {string} */
                                    kind: "engaged";
                                    action: "opened" | "clicked";
                                    /** @description an earlier send_email step */
                                    stepId: string;
                                }) | null;
                                /** @description steps of the same shapes as the top-level list */
                                yes: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                no: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait_for";
                                event: string | null;
                                filter: {
                                    [key: string]: unknown;
                                } | null;
                                timeout: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                                /** @description steps of the same shapes as the top-level list */
                                met: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                timedOut: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "webhook";
                                webhookId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "end";
                            })[];
                            /** @description per step id */
                            stats: {
                                [key: string]: {
                                    entered: number;
                                    waiting: number;
                                    completed: number;
                                    exited: number;
                                    sent: number;
                                    opened: number;
                                    clicked: number;
                                };
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/programs/{programId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate: a program that sends waits for approval without campaigns.send_direct */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    programId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description enrol the contacts who already match the trigger */
                        backfill: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            status: "draft" | "awaiting_approval" | "active" | "paused" | "declined";
                            declineReason: string | null;
                            pausedReason: string | null;
                            trigger: {
                                /** @enum {string} */
                                type: "group_joined";
                                groupId: string;
                            } | {
                                /** @enum {string} */
                                type: "signed_up";
                            } | {
                                /** @enum {string} */
                                type: "tag_added";
                                tagId: string;
                            } | {
                                /** @enum {string} */
                                type: "date_field";
                                /** @description a date custom field, or createdAt */
                                field: string;
                                /** @description HH:MM */
                                time: string;
                                daysBefore: number;
                            } | {
                                /** @enum {string} */
                                type: "campaign_engaged";
                                campaignId: string;
                                action: "opened" | "clicked";
                            } | {
                                /** @enum {string} */
                                type: "event";
                                name: string;
                            };
                            entry: {
                                mode: "once" | "again";
                                minGapHours: number;
                            };
                            exit: {
                                onUnsubscribe: boolean;
                                onLeaveGroup: boolean;
                            };
                            goal: {
                                /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                filter: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            /** @description has an email or SMS step: activation may need approval */
                            sends: boolean;
                            sending: {
                                stepId: string;
                                channel: "email" | "sms";
                                /** @description an email step’s template; null when none or not one the account can use */
                                template: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description an email’s subject (the step’s own, else its template’s); an SMS step’s text */
                                subject: string | null;
                                /** @description the sender address ("Name <address>") or SMS sender ID; null: the default */
                                sender: string | null;
                            }[];
                            /** @description who sent it for approval and when, while it waits and once declined */
                            submission: {
                                by: {
                                    id: string;
                                    name: string | null;
                                };
                                at: string | null;
                            } | null;
                            /** @description what blocks activation */
                            problems: {
                                stepId: string | null;
                                field: string;
                                message: string;
                            }[];
                            counts: {
                                entered: number;
                                active: number;
                                completed: number;
                                exited: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            activatedAt: string | null;
                            /** @description What the caller may do with this program now */
                            abilities: {
                                /** @description PATCH */
                                edit: boolean;
                                /** @description POST …/activate: a draft or a declined program */
                                activate: boolean;
                                /** @description POST …/pause: active */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/decline */
                                decline: boolean;
                                /** @description DELETE: its contacts leave, nothing more is sent */
                                delete: boolean;
                            };
                            steps: ({
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                duration: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                until: {
                                    /** @description HH:MM */
                                    time: string;
                                    /** @description ISO weekdays, 1 = Monday; any day when absent */
                                    weekdays?: number[];
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_email";
                                templateId: string | null;
                                fromAddressId: string | null;
                                subject: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_sms";
                                text: string;
                                senderId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_to_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_from_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "set_field";
                                field: string;
                                value: string;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "branch";
                                condition: ({
                                    /** @enum {string} */
                                    kind: "segment";
                                    /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                    filter: {
                                        [key: string]: unknown;
                                    };
                                } | {
                                    /** @enum {string} */
                                    kind: "engaged";
                                    action: "opened" | "clicked";
                                    /** @description an earlier send_email step */
                                    stepId: string;
                                }) | null;
                                /** @description steps of the same shapes as the top-level list */
                                yes: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                no: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait_for";
                                event: string | null;
                                filter: {
                                    [key: string]: unknown;
                                } | null;
                                timeout: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                                /** @description steps of the same shapes as the top-level list */
                                met: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                timedOut: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "webhook";
                                webhookId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "end";
                            })[];
                            /** @description per step id */
                            stats: {
                                [key: string]: {
                                    entered: number;
                                    waiting: number;
                                    completed: number;
                                    exited: number;
                                    sent: number;
                                    opened: number;
                                    clicked: number;
                                };
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/programs/{programId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause: no step runs and nobody enters until resumed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    programId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            status: "draft" | "awaiting_approval" | "active" | "paused" | "declined";
                            declineReason: string | null;
                            pausedReason: string | null;
                            trigger: {
                                /** @enum {string} */
                                type: "group_joined";
                                groupId: string;
                            } | {
                                /** @enum {string} */
                                type: "signed_up";
                            } | {
                                /** @enum {string} */
                                type: "tag_added";
                                tagId: string;
                            } | {
                                /** @enum {string} */
                                type: "date_field";
                                /** @description a date custom field, or createdAt */
                                field: string;
                                /** @description HH:MM */
                                time: string;
                                daysBefore: number;
                            } | {
                                /** @enum {string} */
                                type: "campaign_engaged";
                                campaignId: string;
                                action: "opened" | "clicked";
                            } | {
                                /** @enum {string} */
                                type: "event";
                                name: string;
                            };
                            entry: {
                                mode: "once" | "again";
                                minGapHours: number;
                            };
                            exit: {
                                onUnsubscribe: boolean;
                                onLeaveGroup: boolean;
                            };
                            goal: {
                                /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                filter: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            /** @description has an email or SMS step: activation may need approval */
                            sends: boolean;
                            sending: {
                                stepId: string;
                                channel: "email" | "sms";
                                /** @description an email step’s template; null when none or not one the account can use */
                                template: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description an email’s subject (the step’s own, else its template’s); an SMS step’s text */
                                subject: string | null;
                                /** @description the sender address ("Name <address>") or SMS sender ID; null: the default */
                                sender: string | null;
                            }[];
                            /** @description who sent it for approval and when, while it waits and once declined */
                            submission: {
                                by: {
                                    id: string;
                                    name: string | null;
                                };
                                at: string | null;
                            } | null;
                            /** @description what blocks activation */
                            problems: {
                                stepId: string | null;
                                field: string;
                                message: string;
                            }[];
                            counts: {
                                entered: number;
                                active: number;
                                completed: number;
                                exited: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            activatedAt: string | null;
                            /** @description What the caller may do with this program now */
                            abilities: {
                                /** @description PATCH */
                                edit: boolean;
                                /** @description POST …/activate: a draft or a declined program */
                                activate: boolean;
                                /** @description POST …/pause: active */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/decline */
                                decline: boolean;
                                /** @description DELETE: its contacts leave, nothing more is sent */
                                delete: boolean;
                            };
                            steps: ({
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                duration: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                until: {
                                    /** @description HH:MM */
                                    time: string;
                                    /** @description ISO weekdays, 1 = Monday; any day when absent */
                                    weekdays?: number[];
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_email";
                                templateId: string | null;
                                fromAddressId: string | null;
                                subject: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_sms";
                                text: string;
                                senderId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_to_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_from_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "set_field";
                                field: string;
                                value: string;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "branch";
                                condition: ({
                                    /** @enum {string} */
                                    kind: "segment";
                                    /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                    filter: {
                                        [key: string]: unknown;
                                    };
                                } | {
                                    /** @enum {string} */
                                    kind: "engaged";
                                    action: "opened" | "clicked";
                                    /** @description an earlier send_email step */
                                    stepId: string;
                                }) | null;
                                /** @description steps of the same shapes as the top-level list */
                                yes: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                no: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait_for";
                                event: string | null;
                                filter: {
                                    [key: string]: unknown;
                                } | null;
                                timeout: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                                /** @description steps of the same shapes as the top-level list */
                                met: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                timedOut: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "webhook";
                                webhookId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "end";
                            })[];
                            /** @description per step id */
                            stats: {
                                [key: string]: {
                                    entered: number;
                                    waiting: number;
                                    completed: number;
                                    exited: number;
                                    sent: number;
                                    opened: number;
                                    clicked: number;
                                };
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/programs/{programId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused program */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    programId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            status: "draft" | "awaiting_approval" | "active" | "paused" | "declined";
                            declineReason: string | null;
                            pausedReason: string | null;
                            trigger: {
                                /** @enum {string} */
                                type: "group_joined";
                                groupId: string;
                            } | {
                                /** @enum {string} */
                                type: "signed_up";
                            } | {
                                /** @enum {string} */
                                type: "tag_added";
                                tagId: string;
                            } | {
                                /** @enum {string} */
                                type: "date_field";
                                /** @description a date custom field, or createdAt */
                                field: string;
                                /** @description HH:MM */
                                time: string;
                                daysBefore: number;
                            } | {
                                /** @enum {string} */
                                type: "campaign_engaged";
                                campaignId: string;
                                action: "opened" | "clicked";
                            } | {
                                /** @enum {string} */
                                type: "event";
                                name: string;
                            };
                            entry: {
                                mode: "once" | "again";
                                minGapHours: number;
                            };
                            exit: {
                                onUnsubscribe: boolean;
                                onLeaveGroup: boolean;
                            };
                            goal: {
                                /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                filter: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            /** @description has an email or SMS step: activation may need approval */
                            sends: boolean;
                            sending: {
                                stepId: string;
                                channel: "email" | "sms";
                                /** @description an email step’s template; null when none or not one the account can use */
                                template: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description an email’s subject (the step’s own, else its template’s); an SMS step’s text */
                                subject: string | null;
                                /** @description the sender address ("Name <address>") or SMS sender ID; null: the default */
                                sender: string | null;
                            }[];
                            /** @description who sent it for approval and when, while it waits and once declined */
                            submission: {
                                by: {
                                    id: string;
                                    name: string | null;
                                };
                                at: string | null;
                            } | null;
                            /** @description what blocks activation */
                            problems: {
                                stepId: string | null;
                                field: string;
                                message: string;
                            }[];
                            counts: {
                                entered: number;
                                active: number;
                                completed: number;
                                exited: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            activatedAt: string | null;
                            /** @description What the caller may do with this program now */
                            abilities: {
                                /** @description PATCH */
                                edit: boolean;
                                /** @description POST …/activate: a draft or a declined program */
                                activate: boolean;
                                /** @description POST …/pause: active */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/decline */
                                decline: boolean;
                                /** @description DELETE: its contacts leave, nothing more is sent */
                                delete: boolean;
                            };
                            steps: ({
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                duration: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                until: {
                                    /** @description HH:MM */
                                    time: string;
                                    /** @description ISO weekdays, 1 = Monday; any day when absent */
                                    weekdays?: number[];
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_email";
                                templateId: string | null;
                                fromAddressId: string | null;
                                subject: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_sms";
                                text: string;
                                senderId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_to_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_from_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "set_field";
                                field: string;
                                value: string;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "branch";
                                condition: ({
                                    /** @enum {string} */
                                    kind: "segment";
                                    /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                    filter: {
                                        [key: string]: unknown;
                                    };
                                } | {
                                    /** @enum {string} */
                                    kind: "engaged";
                                    action: "opened" | "clicked";
                                    /** @description an earlier send_email step */
                                    stepId: string;
                                }) | null;
                                /** @description steps of the same shapes as the top-level list */
                                yes: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                no: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait_for";
                                event: string | null;
                                filter: {
                                    [key: string]: unknown;
                                } | null;
                                timeout: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                                /** @description steps of the same shapes as the top-level list */
                                met: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                timedOut: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "webhook";
                                webhookId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "end";
                            })[];
                            /** @description per step id */
                            stats: {
                                [key: string]: {
                                    entered: number;
                                    waiting: number;
                                    completed: number;
                                    exited: number;
                                    sent: number;
                                    opened: number;
                                    clicked: number;
                                };
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/programs/{programId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a program waiting for approval (never one’s own submission) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    programId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            status: "draft" | "awaiting_approval" | "active" | "paused" | "declined";
                            declineReason: string | null;
                            pausedReason: string | null;
                            trigger: {
                                /** @enum {string} */
                                type: "group_joined";
                                groupId: string;
                            } | {
                                /** @enum {string} */
                                type: "signed_up";
                            } | {
                                /** @enum {string} */
                                type: "tag_added";
                                tagId: string;
                            } | {
                                /** @enum {string} */
                                type: "date_field";
                                /** @description a date custom field, or createdAt */
                                field: string;
                                /** @description HH:MM */
                                time: string;
                                daysBefore: number;
                            } | {
                                /** @enum {string} */
                                type: "campaign_engaged";
                                campaignId: string;
                                action: "opened" | "clicked";
                            } | {
                                /** @enum {string} */
                                type: "event";
                                name: string;
                            };
                            entry: {
                                mode: "once" | "again";
                                minGapHours: number;
                            };
                            exit: {
                                onUnsubscribe: boolean;
                                onLeaveGroup: boolean;
                            };
                            goal: {
                                /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                filter: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            /** @description has an email or SMS step: activation may need approval */
                            sends: boolean;
                            sending: {
                                stepId: string;
                                channel: "email" | "sms";
                                /** @description an email step’s template; null when none or not one the account can use */
                                template: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description an email’s subject (the step’s own, else its template’s); an SMS step’s text */
                                subject: string | null;
                                /** @description the sender address ("Name <address>") or SMS sender ID; null: the default */
                                sender: string | null;
                            }[];
                            /** @description who sent it for approval and when, while it waits and once declined */
                            submission: {
                                by: {
                                    id: string;
                                    name: string | null;
                                };
                                at: string | null;
                            } | null;
                            /** @description what blocks activation */
                            problems: {
                                stepId: string | null;
                                field: string;
                                message: string;
                            }[];
                            counts: {
                                entered: number;
                                active: number;
                                completed: number;
                                exited: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            activatedAt: string | null;
                            /** @description What the caller may do with this program now */
                            abilities: {
                                /** @description PATCH */
                                edit: boolean;
                                /** @description POST …/activate: a draft or a declined program */
                                activate: boolean;
                                /** @description POST …/pause: active */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/decline */
                                decline: boolean;
                                /** @description DELETE: its contacts leave, nothing more is sent */
                                delete: boolean;
                            };
                            steps: ({
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                duration: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                until: {
                                    /** @description HH:MM */
                                    time: string;
                                    /** @description ISO weekdays, 1 = Monday; any day when absent */
                                    weekdays?: number[];
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_email";
                                templateId: string | null;
                                fromAddressId: string | null;
                                subject: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_sms";
                                text: string;
                                senderId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_to_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_from_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "set_field";
                                field: string;
                                value: string;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "branch";
                                condition: ({
                                    /** @enum {string} */
                                    kind: "segment";
                                    /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                    filter: {
                                        [key: string]: unknown;
                                    };
                                } | {
                                    /** @enum {string} */
                                    kind: "engaged";
                                    action: "opened" | "clicked";
                                    /** @description an earlier send_email step */
                                    stepId: string;
                                }) | null;
                                /** @description steps of the same shapes as the top-level list */
                                yes: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                no: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait_for";
                                event: string | null;
                                filter: {
                                    [key: string]: unknown;
                                } | null;
                                timeout: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                                /** @description steps of the same shapes as the top-level list */
                                met: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                timedOut: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "webhook";
                                webhookId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "end";
                            })[];
                            /** @description per step id */
                            stats: {
                                [key: string]: {
                                    entered: number;
                                    waiting: number;
                                    completed: number;
                                    exited: number;
                                    sent: number;
                                    opened: number;
                                    clicked: number;
                                };
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/programs/{programId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a program waiting for approval, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    programId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            status: "draft" | "awaiting_approval" | "active" | "paused" | "declined";
                            declineReason: string | null;
                            pausedReason: string | null;
                            trigger: {
                                /** @enum {string} */
                                type: "group_joined";
                                groupId: string;
                            } | {
                                /** @enum {string} */
                                type: "signed_up";
                            } | {
                                /** @enum {string} */
                                type: "tag_added";
                                tagId: string;
                            } | {
                                /** @enum {string} */
                                type: "date_field";
                                /** @description a date custom field, or createdAt */
                                field: string;
                                /** @description HH:MM */
                                time: string;
                                daysBefore: number;
                            } | {
                                /** @enum {string} */
                                type: "campaign_engaged";
                                campaignId: string;
                                action: "opened" | "clicked";
                            } | {
                                /** @enum {string} */
                                type: "event";
                                name: string;
                            };
                            entry: {
                                mode: "once" | "again";
                                minGapHours: number;
                            };
                            exit: {
                                onUnsubscribe: boolean;
                                onLeaveGroup: boolean;
                            };
                            goal: {
                                /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                filter: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            /** @description has an email or SMS step: activation may need approval */
                            sends: boolean;
                            sending: {
                                stepId: string;
                                channel: "email" | "sms";
                                /** @description an email step’s template; null when none or not one the account can use */
                                template: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description an email’s subject (the step’s own, else its template’s); an SMS step’s text */
                                subject: string | null;
                                /** @description the sender address ("Name <address>") or SMS sender ID; null: the default */
                                sender: string | null;
                            }[];
                            /** @description who sent it for approval and when, while it waits and once declined */
                            submission: {
                                by: {
                                    id: string;
                                    name: string | null;
                                };
                                at: string | null;
                            } | null;
                            /** @description what blocks activation */
                            problems: {
                                stepId: string | null;
                                field: string;
                                message: string;
                            }[];
                            counts: {
                                entered: number;
                                active: number;
                                completed: number;
                                exited: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            activatedAt: string | null;
                            /** @description What the caller may do with this program now */
                            abilities: {
                                /** @description PATCH */
                                edit: boolean;
                                /** @description POST …/activate: a draft or a declined program */
                                activate: boolean;
                                /** @description POST …/pause: active */
                                pause: boolean;
                                /** @description POST …/resume: paused */
                                resume: boolean;
                                /** @description POST …/approve and …/decline: waiting for approval, and not one’s own submission */
                                approve: boolean;
                                /** @description POST …/decline */
                                decline: boolean;
                                /** @description DELETE: its contacts leave, nothing more is sent */
                                delete: boolean;
                            };
                            steps: ({
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                duration: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait";
                                until: {
                                    /** @description HH:MM */
                                    time: string;
                                    /** @description ISO weekdays, 1 = Monday; any day when absent */
                                    weekdays?: number[];
                                };
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_email";
                                templateId: string | null;
                                fromAddressId: string | null;
                                subject: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "send_sms";
                                text: string;
                                senderId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_tag";
                                tagId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "add_to_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "remove_from_group";
                                groupId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "set_field";
                                field: string;
                                value: string;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "branch";
                                condition: ({
                                    /** @enum {string} */
                                    kind: "segment";
                                    /** @description {"all"|"any": [{field, op, value} | nested filter]}, as segments take it */
                                    filter: {
                                        [key: string]: unknown;
                                    };
                                } | {
                                    /** @enum {string} */
                                    kind: "engaged";
                                    action: "opened" | "clicked";
                                    /** @description an earlier send_email step */
                                    stepId: string;
                                }) | null;
                                /** @description steps of the same shapes as the top-level list */
                                yes: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                no: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "wait_for";
                                event: string | null;
                                filter: {
                                    [key: string]: unknown;
                                } | null;
                                timeout: {
                                    amount: number;
                                    unit: "minutes" | "hours" | "days";
                                };
                                /** @description steps of the same shapes as the top-level list */
                                met: unknown[];
                                /** @description steps of the same shapes as the top-level list */
                                timedOut: unknown[];
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "webhook";
                                webhookId: string | null;
                            } | {
                                id: string;
                                /** @enum {string} */
                                type: "end";
                            })[];
                            /** @description per step id */
                            stats: {
                                [key: string]: {
                                    entered: number;
                                    waiting: number;
                                    completed: number;
                                    exited: number;
                                    sent: number;
                                    opened: number;
                                    clicked: number;
                                };
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/programs/{programId}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contacts in a program (at a step with stepId), newest first */
        get: {
            parameters: {
                query?: {
                    stepId?: string;
                    cursor?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                    programId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contactId: string;
                                email: string | null;
                                stepId: string | null;
                                status: "active" | "waiting" | "completed" | "exited";
                                /** Format: date-time */
                                enteredAt: string;
                                nextAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/inbox/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inbox’s threads, newest activity first */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "done";
                    /** @description me, anyone (default) or unassigned */
                    assigned?: "me" | "anyone" | "unassigned";
                    channel?: "email" | "sms";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest activity first */
                            items: {
                                id: string;
                                channel: "email" | "sms";
                                /** @description The contact’s side: an email address or an E.164 number */
                                address: string;
                                subject: string | null;
                                status: "open" | "done";
                                /** @description Messages received since it was last read */
                                unread: number;
                                /** Format: date-time */
                                lastMessageAt: string;
                                /** @description The start of the latest message, as text */
                                excerpt: string;
                                lastDirection: ("in" | "out") | null;
                                assignedTo: {
                                    userId: string;
                                    name: string;
                                    email: string;
                                } | null;
                                contact: {
                                    id: string;
                                    firstName: string | null;
                                    lastName: string | null;
                                    email: string | null;
                                    phone: string | null;
                                } | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/inbox/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many open threads and messages are unread (the badge) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Open threads with unread messages */
                            threads: number;
                            /** @description Unread messages in open threads */
                            messages: number;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/inbox/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a thread can be assigned to: the members holding inbox.view */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Members who hold inbox.view here */
                            items: {
                                userId: string;
                                name: string;
                                email: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/inbox/threads/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A thread, with what the caller may do with it; opening it marks it read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    threadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            channel: "email" | "sms";
                            /** @description The contact’s side: an email address or an E.164 number */
                            address: string;
                            subject: string | null;
                            status: "open" | "done";
                            /** @description Messages received since it was last read */
                            unread: number;
                            /** Format: date-time */
                            lastMessageAt: string;
                            /** @description The start of the latest message, as text */
                            excerpt: string;
                            lastDirection: ("in" | "out") | null;
                            assignedTo: {
                                userId: string;
                                name: string;
                                email: string;
                            } | null;
                            contact: {
                                id: string;
                                firstName: string | null;
                                lastName: string | null;
                                email: string | null;
                                phone: string | null;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description What the caller may do with the thread now, from their permissions and its state */
                            abilities: {
                                replyBySms: {
                                    allowed: boolean;
                                    /** @description Why not, when not allowed */
                                    reason?: string;
                                };
                                replyByEmail: {
                                    allowed: boolean;
                                    /** @description Why not, when not allowed */
                                    reason?: string;
                                };
                                assign: boolean;
                                markDone: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Mark a thread read, done or open again, assign or unassign it */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    threadId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status?: "open" | "done";
                        /** @description A member’s user id, or null to unassign */
                        assignedTo?: string | null;
                        /**
                         * @description Mark every message read
                         * @enum {boolean}
                         */
                        read?: true;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            channel: "email" | "sms";
                            /** @description The contact’s side: an email address or an E.164 number */
                            address: string;
                            subject: string | null;
                            status: "open" | "done";
                            /** @description Messages received since it was last read */
                            unread: number;
                            /** Format: date-time */
                            lastMessageAt: string;
                            /** @description The start of the latest message, as text */
                            excerpt: string;
                            lastDirection: ("in" | "out") | null;
                            assignedTo: {
                                userId: string;
                                name: string;
                                email: string;
                            } | null;
                            contact: {
                                id: string;
                                firstName: string | null;
                                lastName: string | null;
                                email: string | null;
                                phone: string | null;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description What the caller may do with the thread now, from their permissions and its state */
                            abilities: {
                                replyBySms: {
                                    allowed: boolean;
                                    /** @description Why not, when not allowed */
                                    reason?: string;
                                };
                                replyByEmail: {
                                    allowed: boolean;
                                    /** @description Why not, when not allowed */
                                    reason?: string;
                                };
                                assign: boolean;
                                markDone: boolean;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/inbox/threads/{threadId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A thread’s messages, oldest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                    threadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Oldest first */
                            items: {
                                id: string;
                                threadId: string;
                                direction: "in" | "out";
                                channel: "email" | "sms";
                                from: string;
                                to: string;
                                subject: string | null;
                                /** @description Plain text, never markup */
                                body: string;
                                status: "received" | "queued" | "sent" | "failed";
                                error: string | null;
                                sentBy: string | null;
                                campaignId: string | null;
                                auth: {
                                    [key: string]: unknown;
                                } | null;
                                parts: number | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/inbox/threads/{threadId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a thread by SMS (a single message, sms.use) or by email */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    threadId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channel: "email" | "sms";
                        body: string;
                        subject?: string;
                        /** @description Email: one of the account’s verified senders (default: the campaign’s, else the first). SMS: a number or up to 11 letters (default: the one the contact texted) */
                        from?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            threadId: string;
                            direction: "in" | "out";
                            channel: "email" | "sms";
                            from: string;
                            to: string;
                            subject: string | null;
                            /** @description Plain text, never markup */
                            body: string;
                            status: "received" | "queued" | "sent" | "failed";
                            error: string | null;
                            sentBy: string | null;
                            campaignId: string | null;
                            auth: {
                                [key: string]: unknown;
                            } | null;
                            parts: number | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/inbox/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a single SMS to a number (a new number becomes a contact: contacts.create) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An E.164 number */
                        to: string;
                        body: string;
                        /** @description The SMS sender: a number or up to 11 letters */
                        from?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            threadId: string;
                            direction: "in" | "out";
                            channel: "email" | "sms";
                            from: string;
                            to: string;
                            subject: string | null;
                            /** @description Plain text, never markup */
                            body: string;
                            status: "received" | "queued" | "sent" | "failed";
                            error: string | null;
                            sentBy: string | null;
                            campaignId: string | null;
                            auth: {
                                [key: string]: unknown;
                            } | null;
                            parts: number | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-up forms, with their counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: "signup" | "survey";
                                name: string;
                                /** @description the fields shown, in order; email is always one of them (and required) */
                                fields: {
                                    /** @description email, firstName, lastName, phone, or the key of one of the account’s custom fields */
                                    field: string;
                                    label: string;
                                    /** @default  */
                                    help: string;
                                    /** @default false */
                                    required: boolean;
                                }[];
                                /** @description groups of the account a submission joins */
                                groupIds: string[];
                                /** @description tags a submission adds (a new name needs tags.manage) */
                                tags: string[];
                                /** @description shown above the button and recorded */
                                consentText: string;
                                /** @description shown after submitting (no redirect) */
                                thankYou: string;
                                redirectUrl: string | null;
                                /** @description the allow-list of origins (https://example.com) a redirect may go to */
                                redirectOrigins: string[];
                                status: "draft" | "published";
                                /** @description the hosted page */
                                url: string;
                                counts: {
                                    /** @description hosted page views */
                                    views: number;
                                    /** @description submissions processed (held ones once approved) */
                                    submissions: number;
                                    /** @description double opt-in confirmed after a submission */
                                    confirmations: number;
                                    /** @description submissions waiting for a review */
                                    held: number;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a sign-up form
         * @description Publishing needs contacts.create as well (the form adds contacts in your name); a new tag name needs tags.manage; a redirect must be on the form’s allow-list of origins.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description the fields shown, in order; email is always one of them (and required) */
                        fields?: {
                            /** @description email, firstName, lastName, phone, or the key of one of the account’s custom fields */
                            field: string;
                            label: string;
                            /** @default  */
                            help: string;
                            /** @default false */
                            required: boolean;
                        }[];
                        /** @description groups of the account a submission joins */
                        groupIds?: string[];
                        /** @description tags a submission adds (a new name needs tags.manage) */
                        tags?: string[];
                        /** @description shown above the button and recorded */
                        consentText?: string;
                        /** @description shown after submitting (no redirect) */
                        thankYou?: string;
                        redirectUrl?: string | null;
                        /** @description the allow-list of origins (https://example.com) a redirect may go to */
                        redirectOrigins?: string[];
                        status?: "draft" | "published";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: "signup" | "survey";
                            name: string;
                            /** @description the fields shown, in order; email is always one of them (and required) */
                            fields: {
                                /** @description email, firstName, lastName, phone, or the key of one of the account’s custom fields */
                                field: string;
                                label: string;
                                /** @default  */
                                help: string;
                                /** @default false */
                                required: boolean;
                            }[];
                            /** @description groups of the account a submission joins */
                            groupIds: string[];
                            /** @description tags a submission adds (a new name needs tags.manage) */
                            tags: string[];
                            /** @description shown above the button and recorded */
                            consentText: string;
                            /** @description shown after submitting (no redirect) */
                            thankYou: string;
                            redirectUrl: string | null;
                            /** @description the allow-list of origins (https://example.com) a redirect may go to */
                            redirectOrigins: string[];
                            status: "draft" | "published";
                            /** @description the hosted page */
                            url: string;
                            counts: {
                                /** @description hosted page views */
                                views: number;
                                /** @description submissions processed (held ones once approved) */
                                submissions: number;
                                /** @description double opt-in confirmed after a submission */
                                confirmations: number;
                                /** @description submissions waiting for a review */
                                held: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/forms/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sign-up form */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    formId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: "signup" | "survey";
                            name: string;
                            /** @description the fields shown, in order; email is always one of them (and required) */
                            fields: {
                                /** @description email, firstName, lastName, phone, or the key of one of the account’s custom fields */
                                field: string;
                                label: string;
                                /** @default  */
                                help: string;
                                /** @default false */
                                required: boolean;
                            }[];
                            /** @description groups of the account a submission joins */
                            groupIds: string[];
                            /** @description tags a submission adds (a new name needs tags.manage) */
                            tags: string[];
                            /** @description shown above the button and recorded */
                            consentText: string;
                            /** @description shown after submitting (no redirect) */
                            thankYou: string;
                            redirectUrl: string | null;
                            /** @description the allow-list of origins (https://example.com) a redirect may go to */
                            redirectOrigins: string[];
                            status: "draft" | "published";
                            /** @description the hosted page */
                            url: string;
                            counts: {
                                /** @description hosted page views */
                                views: number;
                                /** @description submissions processed (held ones once approved) */
                                submissions: number;
                                /** @description double opt-in confirmed after a submission */
                                confirmations: number;
                                /** @description submissions waiting for a review */
                                held: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a sign-up form and its submissions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    formId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a sign-up form; publish it or take it back to draft */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    formId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description the fields shown, in order; email is always one of them (and required) */
                        fields?: {
                            /** @description email, firstName, lastName, phone, or the key of one of the account’s custom fields */
                            field: string;
                            label: string;
                            /** @default  */
                            help: string;
                            /** @default false */
                            required: boolean;
                        }[];
                        /** @description groups of the account a submission joins */
                        groupIds?: string[];
                        /** @description tags a submission adds (a new name needs tags.manage) */
                        tags?: string[];
                        /** @description shown above the button and recorded */
                        consentText?: string;
                        /** @description shown after submitting (no redirect) */
                        thankYou?: string;
                        redirectUrl?: string | null;
                        /** @description the allow-list of origins (https://example.com) a redirect may go to */
                        redirectOrigins?: string[];
                        status?: "draft" | "published";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: "signup" | "survey";
                            name: string;
                            /** @description the fields shown, in order; email is always one of them (and required) */
                            fields: {
                                /** @description email, firstName, lastName, phone, or the key of one of the account’s custom fields */
                                field: string;
                                label: string;
                                /** @default  */
                                help: string;
                                /** @default false */
                                required: boolean;
                            }[];
                            /** @description groups of the account a submission joins */
                            groupIds: string[];
                            /** @description tags a submission adds (a new name needs tags.manage) */
                            tags: string[];
                            /** @description shown above the button and recorded */
                            consentText: string;
                            /** @description shown after submitting (no redirect) */
                            thankYou: string;
                            redirectUrl: string | null;
                            /** @description the allow-list of origins (https://example.com) a redirect may go to */
                            redirectOrigins: string[];
                            status: "draft" | "published";
                            /** @description the hosted page */
                            url: string;
                            counts: {
                                /** @description hosted page views */
                                views: number;
                                /** @description submissions processed (held ones once approved) */
                                submissions: number;
                                /** @description double opt-in confirmed after a submission */
                                confirmations: number;
                                /** @description submissions waiting for a review */
                                held: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/forms/{formId}/embed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The embed code of a form: plain HTML posting to Chorus, and the optional script */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    formId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description a plain HTML form posting to the hosted page */
                            html: string;
                            /** @description the optional script tag (proof of work, inline errors) */
                            script: string;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/forms/{formId}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submissions held for review (suspicious: no proof of work, or sent too fast) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    formId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description why it was held */
                                reason: string;
                                /** @description what was typed */
                                data: {
                                    [key: string]: string;
                                };
                                ip: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/forms/{formId}/held/{submissionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a held submission: it is applied now (contact, consent, confirmation mail) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    formId: string;
                    submissionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "processed" | "discarded";
                            contactId: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/forms/{formId}/held/{submissionId}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discard a held submission */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    formId: string;
                    submissionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "processed" | "discarded";
                            contactId: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms/{formId}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a published sign-up form (JSON), with the same protection as the hosted page
         * @description Send the fields by name with `altcha` (the solved challenge of GET /f/{formId}/challenge); the honeypot `website` stays empty. 400 for a bot, 422 naming a field, 429 past the limits; a suspicious submission is held for review but answered alike.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    formId: string;
                };
                cookie?: never;
            };
            /** @description the form’s fields by name (email, firstName, …, custom keys), `altcha` (the solved challenge), `_ts` (the signed timestamp of the page), `website` (the honeypot, left empty) */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outcome: "accepted" | "held";
                            /** @description the thank-you message */
                            message: string;
                            redirectUrl: string | null;
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error: a stable code, a message for people, and details by code */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of the codes of src/errors.ts */
                                code: string;
                                message: string;
                                /** @description the field at fault, on a 422 */
                                field?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
