import { data } from 'react-router';
import { NotFound } from '../not-found.tsx';

/** Any path no other route matches: the not-found page, with a 404 status for the prerendered 404.html. */
export const loader = () => () => data(null, { status: 404 });

export const Component = NotFound;
