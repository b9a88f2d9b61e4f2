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
                            accounts: {
                                id: string;
                                name: string;
                                parentId: string | null;
                                level: number;
                                role: string | null;
                                /** @description member, cascade or connection */
                                via: string;
                            }[];
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
        /** Rename the account, or require 2FA of its members (here and below) */
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
                    };
                };
            };
            responses: {
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
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The teams of the accounts where you hold users.manage, with their members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        /** Found a team with one of your accounts (users.manage there) */
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
    "/api/v1/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team with its member accounts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    teamId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
    "/api/v1/teams/{teamId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite an account: another’s by its owner’s email (202, the same answer whether or not the email leads anywhere; pending until they accept), or one you manage by accountId (201, active at once) */
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
        /** Accept a pending invitation for an account where you hold users.manage */
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
        /** Leave the team (or decline), or remove an account; every share with it in this team ends */
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
    "/api/v1/accounts/{accountId}/access/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Allow or deny for a user and permission here, and the path that decides it */
        get: {
            parameters: {
                query: {
                    userId: string;
                    permission: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
                    /** @description type:id, e.g. group:<id> */
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
        /** The account’s audit log, newest first */
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
                    q?: string;
                    groupId?: string;
                    segmentId?: string;
                    tag?: string;
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
        /** A contact */
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
        /** Unsubscribes this account holds for contacts of shared-in groups (lift them with …/contacts/{id}/resubscribe) */
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
    "/api/v1/accounts/{accountId}/contacts/bulk-delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete the contacts of a group, a segment or a list of ids */
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
                        groupId?: string;
                        segmentId?: string;
                        contactIds?: string[];
                    };
                };
            };
            responses: {
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
    "/api/v1/accounts/{accountId}/blocklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s blocklist */
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
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
         * Export contacts as CSV (all, a group or a segment), streamed
         * @description Columns: email, phone, firstName, lastName, emailStatus, smsStatus, then every custom field in key order. Cells starting with = + - @, tab or NUL are prefixed with an apostrophe so spreadsheets do not run them; an import strips it again.
         */
        get: {
            parameters: {
                query?: {
                    groupId?: string;
                    segmentId?: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
        /** The HTML body rendered for a sample contact, as text/html with a sandboxing CSP (show it in a sandboxed iframe only) */
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
